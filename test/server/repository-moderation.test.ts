import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { approvePosting, listPending, rejectPosting } from '../../packages/server/src/moderation/repository.js';
import { createOffer } from '../../packages/server/src/offers/repository.js';
import { createOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { assertProblem, offerInput, opportunityInput } from './search-fixtures.js';

describe('moderation queue', () => {
  let test: TestDatabase;
  const db = () => test.db.pool;
  const created: Array<{ kind: 'opportunity' | 'offer'; id: string }> = [];

  before(async () => {
    test = await openTestDatabase();
    // Alternating kinds, one after the other, so "oldest first" has an order to keep.
    for (let i = 0; i < 3; i++) {
      const now = new Date(Date.UTC(2026, 10, 1, 8, i * 2));
      created.push({ kind: 'opportunity', id: (await createOpportunity(db(), opportunityInput({ title: `Ehrenamt Nummer ${i}` }), now)).id });
      const later = new Date(now.getTime() + 60_000);
      created.push({ kind: 'offer', id: (await createOffer(db(), offerInput({ title: `Hilfsangebot Nummer ${i}` }), later)).id });
    }
  });
  after(() => test?.close());

  it('lists pending postings of both kinds, oldest first, with what was submitted', async () => {
    const pending = await listPending(db(), {});
    assert.equal(pending.total, 6);
    assert.deepEqual(pending.items.map(({ kind, id }) => ({ kind, id })), created);
    const offer = pending.items[1]!;
    assert.equal(offer.title, 'Hilfsangebot Nummer 0');
    assert.equal(offer.createdAt, '2026-11-01T08:01:00.000Z');
    assert.deepEqual(offer.posting, offerInput({ title: 'Hilfsangebot Nummer 0' }));
  });

  it('filters by kind and pages', async () => {
    const offers = await listPending(db(), { kind: 'offer', page: 1, pageSize: 2 });
    assert.equal(offers.total, 3);
    assert.deepEqual(offers.items.map((item) => item.id), [created[1]!.id, created[3]!.id]);
    const second = await listPending(db(), { kind: 'offer', page: 2, pageSize: 2 });
    assert.deepEqual(second.items.map((item) => item.id), [created[5]!.id]);
  });

  it('drops decided postings from the queue', async () => {
    await approvePosting(db(), 'opportunity', created[0]!.id);
    await rejectPosting(db(), 'offer', created[1]!.id, 'Bitte ohne Telefonnummer im Text.');
    const pending = await listPending(db(), {});
    assert.equal(pending.total, 4);
    assert.deepEqual(pending.items.map((item) => item.id), created.slice(2).map((c) => c.id));
  });

  it('wants a reason for a rejection', async () => {
    await assertProblem(rejectPosting(db(), 'opportunity', created[2]!.id, '  '), 422, { pointer: '/reason' });
  });
});
