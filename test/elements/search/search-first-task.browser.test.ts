/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import type { SearchEventDetail } from '../../../packages/elements/src/internal/events.js';
import { nextTask } from '../../support/tasks.js';
import { apiBase, controlledClient, heading } from './helpers.js';

describe('<mitmachen-search>: the first search leaves in a task of its own', function () {
  it('renders the element first and sends its first search in a later task, then shows the answer', async () => {
    const controlled = controlledClient(apiBase);
    const element = document.createElement('mitmachen-search');
    element.client = controlled.client;
    // Queued before the element is added: it runs once the task that adds and first renders it is over.
    const afterFirstTask = nextTask().then(() => ({
      searches: controlled.searches.length,
      rendered: (element.shadowRoot?.querySelector('input#q') ?? null) !== null,
    }));
    const settled = oneEvent(element, 'mitmachen-search');
    document.body.append(element);
    try {
      const seen = await afterFirstTask;
      expect(seen.rendered, 'the first render came with the task that added the element').to.equal(true);
      expect(seen.searches, 'searches sent by the task that rendered the element').to.equal(0);

      const { detail } = (await settled) as CustomEvent<SearchEventDetail>;
      expect(controlled.searches.length).to.equal(1);
      expect(detail.total).to.be.greaterThan(0);
      await element.updateComplete;
      expect(heading(element)).to.match(/\d/);
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
  });
});
