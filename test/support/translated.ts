/**
 * A listing with translations, posted as an organisation or volunteer does (proof of work
 * included) and approved, so that search and detail show it: the tests of translated listings
 * start from one each.
 */
import assert from 'node:assert/strict';
import type { OfferInput, OpportunityInput } from '@mitmachen/contract';
import { approvePosting } from '../../packages/server/src/moderation/repository.js';
import { postJson } from './altcha.js';
import type { TestServer } from './server.js';

/** Posts `input` and approves it; returns the published listing's id. */
export async function publishTranslated(server: TestServer, kind: 'opportunity', input: OpportunityInput): Promise<string>;
export async function publishTranslated(server: TestServer, kind: 'offer', input: OfferInput): Promise<string>;
export async function publishTranslated(server: TestServer, kind: 'opportunity' | 'offer', input: OpportunityInput | OfferInput): Promise<string> {
  const posted = await postJson(server.baseUrl, kind === 'opportunity' ? '/opportunities' : '/offers', input);
  assert.equal(posted.status, 202, await posted.clone().text());
  const { id } = (await posted.json()) as { id: string };
  await approvePosting(server.db.pool, kind, id);
  return id;
}
