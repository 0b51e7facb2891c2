/// <reference types="mocha" />
import { createClient } from '@mitmachen/sdk';
import { expect, oneEvent } from '@open-wc/testing';
import type { SearchEventDetail } from '../../../packages/elements/src/internal/events.js';
import { nextTask } from '../../support/tasks.js';
import { $$, apiBase, controlledClient, heading, until } from './helpers.js';

describe('<mitmachen-search>: the first requests leave in tasks of their own', function () {
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

  it('sends no request at all in the task that renders it: the first search leaves first, then the taxonomy', async () => {
    const requests: string[] = [];
    const element = document.createElement('mitmachen-search');
    element.client = createClient({
      baseUrl: apiBase,
      fetch: (input, init) => {
        requests.push(new URL(new Request(input, init).url).pathname.replace(/^.*\/v1\//, ''));
        return fetch(input, init);
      },
    });
    const afterFirstTask = nextTask().then(() => [...requests]);
    document.body.append(element);
    try {
      expect(await afterFirstTask, 'requests sent by the task that rendered the element').to.deep.equal([]);
      // The labels of the filters come from the taxonomy.
      await until(() => $$(element, 'label.option span').some((label) => label.textContent.trim() === 'Kultur'));
      expect(requests.slice(0, 2)).to.deep.equal(['opportunities', 'taxonomy']);
    } finally {
      element.remove();
    }
  });
});
