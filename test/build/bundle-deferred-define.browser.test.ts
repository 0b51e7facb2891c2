/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import type { SearchEventDetail } from '../../packages/elements/src/internal/events.js';
import { nextTask } from '../support/tasks.js';
import { apiBase, loadBundle } from './bundle.js';

// Its own file, so this page loads the bundle for the first time here (each file is a page).
describe('the script-tag bundle splits its start-up into tasks', function () {
  it('evaluates the bundle in one task, parses the search\'s styles in a later one, and defines and renders the search after that', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<mitmachen-search api-base="${apiBase}"></mitmachen-search>`;
    document.body.append(host);
    const element = host.firstElementChild as HTMLElement;
    const settled = oneEvent(host, 'mitmachen-search');
    // The style sheets parsed before the search is defined: in a task of their own, not in the
    // one that defines and first renders it.
    const parsedBeforeDefine = new Set<CSSStyleSheet>();
    const prototype = CSSStyleSheet.prototype;
    const original = Object.getOwnPropertyDescriptor(prototype, 'replaceSync')!;
    Object.defineProperty(prototype, 'replaceSync', {
      ...original,
      value(this: CSSStyleSheet, text: string) {
        if (customElements.get('mitmachen-search') === undefined) parsedBeforeDefine.add(this);
        (original.value as (text: string) => void).call(this, text);
      },
    });

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
    Object.defineProperty(prototype, 'replaceSync', original);
    const sheets = element.shadowRoot!.adoptedStyleSheets;
    expect(sheets.length, 'style sheets of the first render').to.be.greaterThan(2);
    expect(sheets.filter((sheet) => !parsedBeforeDefine.has(sheet)), 'sheets parsed by the defining task').to.deep.equal([]);

    const { detail } = (await settled) as CustomEvent<SearchEventDetail>;
    expect(detail.total).to.be.greaterThan(0);
    host.remove();
  });
});
