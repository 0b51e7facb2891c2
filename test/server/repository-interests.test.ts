import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InterestInput } from '@mitmachen/contract';
import { ProblemError } from '../../packages/server/src/errors.js';
import { createInterest } from '../../packages/server/src/interests/repository.js';
import { rejectPosting } from '../../packages/server/src/moderation/repository.js';
import { createOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { opportunityInput, publishOpportunity } from './search-fixtures.js';

const interest: InterestInput = {
  name: 'Max Mustermann',
  email: 'max@example.net',
  phone: '0351 987654',
  message: 'Ich hätte mittwochs Zeit und würde gern mitmachen.',
};

describe('interests (contact requests)', () => {
  let test: TestDatabase;
  const db = () => test.db.pool;

  before(async () => {
    test = await openTestDatabase();
  });
  after(() => test?.close());

  it('stores a request for a published opportunity, to be relayed', async () => {
    const opportunity = await publishOpportunity(db());
    const accepted = await createInterest(db(), opportunity, interest);
    assert.equal(accepted.status, 'pending');
    const { rows } = await db().query('SELECT opportunity_id, name, email, phone, message, status FROM interests WHERE id = $1', [accepted.id]);
    assert.deepEqual(rows[0], { opportunity_id: opportunity, ...interest, status: 'pending' });
  });

  it('answers 404 for an unknown, malformed, pending or rejected opportunity', async () => {
    const pending = (await createOpportunity(db(), opportunityInput())).id;
    const rejected = (await createOpportunity(db(), opportunityInput())).id;
    await rejectPosting(db(), 'opportunity', rejected, 'Doppelt eingereicht.');
    for (const id of ['7d1c2e0a-4b7f-4a51-9f77-0c6a1b2c3d4e', 'nonsense', pending, rejected]) {
      await assert.rejects(createInterest(db(), id, interest), (error) => error instanceof ProblemError && error.status === 404);
    }
    const { rows } = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM interests WHERE opportunity_id = ANY ($1::uuid[])', [[pending, rejected]]);
    assert.equal(rows[0]?.n, 0);
  });
});
