/**
 * What a citizen trying the demo sees: the server on the demo data `npm start` writes (its
 * default seed and size), searched for words people type. A first page that repeats a title
 * looks broken, even when the postings behind it differ.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpportunitySearchResult } from '@mitmachen/contract';
import { loadConfig } from '../../packages/server/src/config.js';
import { contractResponse, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: loadConfig({}).seed });
});
after(() => server?.close());

describe('the demo data', () => {
  for (const q of ['hund', 'senioren', 'tafel', 'feuerwehr', 'kinder', 'garten', 'deutsch']) {
    it(`shows no title twice on the first page for "${q}"`, async () => {
      const page = await contractResponse<OpportunitySearchResult>('searchOpportunities', await fetch(`${server.baseUrl}/opportunities?q=${q}`));
      assert.ok(page.items.length >= 10, `"${q}" finds a full page (${page.items.length})`);
      const titles = page.items.map((item) => item.title);
      const repeated = titles.filter((title, index) => titles.indexOf(title) !== index);
      assert.deepEqual(repeated, [], `repeated on the first page for "${q}":\n${titles.join('\n')}`);
    });
  }
});
