/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import type { SearchEventDetail } from '../../packages/elements/src/internal/events.js';
import { nextTask } from '../support/tasks.js';
import { apiBase, loadBundle } from './bundle.js';

// Its own file, so this page loads the bundle for the first time here (each file is a page).
describe('the script-tag bundle splits its start-up into tasks', function () {
  it('evaluates the bundle in one task and defines and renders the search in a later one', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<mitmachen-search api-base="${apiBase}"></mitmachen-search>`;
    document.body.append(host);
    const element = host.firstElementChild as HTMLElement;
    const settled = oneEvent(host, 'mitmachen-search');

    await loadBundle();
    // The bundle has been evaluated (its import settled a microtask ago), still in its task: the
    // search is not defined yet, so this task did not also pay for the definition and first render.
    expect(customElements.get('mitmachen-search'), 'defined while the bundle was evaluated').to.equal(undefined);
    expect(element.shadowRoot).to.equal(null);

    await customElements.whenDefined('mitmachen-search');
    // A task queued once the tag is defined runs after the defining task's microtasks: the first
    // render is done by then, so no frame shows the element defined but empty (no layout shift).
    await nextTask();
    expect(element.shadowRoot?.querySelector('input'), 'the first render, before any later task').to.not.equal(null);

    const { detail } = (await settled) as CustomEvent<SearchEventDetail>;
    expect(detail.total).to.be.greaterThan(0);
    host.remove();
  });
});
