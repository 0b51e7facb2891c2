import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { approvePosting, listPending, rejectPosting } from '../../packages/server/src/moderation/repository.js';
import { createOpportunity, getOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { serviceDate } from '../../packages/server/src/search/service-day.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { assertProblem, opportunityInput, publishOpportunity } from './search-fixtures.js';

describe('opportunities: posting, moderation and reading', () => {
  let test: TestDatabase;
  const db = () => test.db.pool;
  const found = async (q: string) => (await searchOpportunities(db(), { q })).items.map((item) => item.id);

  before(async () => {
    test = await openTestDatabase();
  });
  after(() => test?.close());

  it('keeps a new posting pending and invisible until it is approved, then finds it at once', async () => {
    const accepted = await createOpportunity(db(), opportunityInput({ title: 'Schachtreff für Jung und Alt leiten' }));
    assert.equal(accepted.status, 'pending');
    assert.match(accepted.id, /^[0-9a-f-]{36}$/);
    assert.equal(await getOpportunity(db(), accepted.id), undefined);
    assert.deepEqual(await found('Schachtreff'), []);
    const pending = await listPending(db(), { kind: 'opportunity' });
    const entry = pending.items.find((item) => item.id === accepted.id);
    assert.equal(entry?.title, 'Schachtreff für Jung und Alt leiten');
    assert.equal((entry?.posting as { contact?: { email?: string } }).contact?.email, 'anna@example.org');

    assert.deepEqual(await approvePosting(db(), 'opportunity', accepted.id), { kind: 'opportunity', id: accepted.id, status: 'published' });
    assert.deepEqual(await found('Schachtreff'), [accepted.id]);
    const opportunity = await getOpportunity(db(), accepted.id);
    assert.equal(opportunity?.status, 'published');
    assert.deepEqual(opportunity?.location, {
      type: 'onsite',
      region: 'meissen',
      place: 'Meißen',
      address: { street: 'Kirchgasse 1', postalCode: '01662', city: 'Meißen' },
      coordinates: opportunity?.location.coordinates,
    });
    assert.ok(Math.abs((opportunity?.location.coordinates?.lat ?? 0) - 51.16) < 0.05);
    assert.deepEqual(opportunity?.organisation, { id: 'foerderverein-stadtbibliothek-meissen-e-v', name: 'Förderverein Stadtbibliothek Meißen e. V.', type: 'verein' });
    assert.ok(!(await listPending(db(), {})).items.some((item) => item.id === accepted.id));
  });

  it('never shows a rejected posting, and keeps the decision final', async () => {
    const { id } = await createOpportunity(db(), opportunityInput({ title: 'Flohmarktstand betreuen' }));
    assert.deepEqual(await rejectPosting(db(), 'opportunity', id, 'Bitte nennen Sie einen Ort.'), { kind: 'opportunity', id, status: 'rejected' });
    assert.deepEqual(await found('Flohmarktstand'), []);
    assert.equal(await getOpportunity(db(), id), undefined);
    const { rows } = await db().query<{ rejection_reason: string; decided_at: Date }>(
      'SELECT rejection_reason, decided_at FROM opportunities WHERE id = $1',
      [id],
    );
    assert.equal(rows[0]?.rejection_reason, 'Bitte nennen Sie einen Ort.');
    assert.ok(rows[0]?.decided_at instanceof Date);
    await assertConflict(approvePosting(db(), 'opportunity', id));
    await assertConflict(rejectPosting(db(), 'opportunity', id, 'noch einmal'));
  });

  it('answers an unknown posting with 404 and a second approval with 409', async () => {
    await assertStatus(approvePosting(db(), 'opportunity', '00000000-0000-4000-8000-000000000000'), 404);
    await assertStatus(approvePosting(db(), 'opportunity', 'not-a-uuid'), 404);
    const id = await publishOpportunity(db(), { title: 'Stadtführung für Neubürger' });
    await assertConflict(approvePosting(db(), 'opportunity', id));
    await assertStatus(approvePosting(db(), 'offer', id), 404);
  });

  it('needs an address in Saxony for on-site and hybrid opportunities', async () => {
    await assertProblem(createOpportunity(db(), opportunityInput({ location: { type: 'onsite' } })), 422, { pointer: '/location/address' });
    await assertProblem(createOpportunity(db(), opportunityInput({ location: { type: 'hybrid' } })), 422, { pointer: '/location/address' });
    await assertProblem(
      createOpportunity(db(), opportunityInput({ location: { type: 'onsite', address: { postalCode: '01067', city: 'Nirgendwohausen' } } })),
      422,
      { pointer: '/location/address/city' },
    );
    const outside = await assertProblem(
      createOpportunity(db(), opportunityInput({ location: { type: 'onsite', address: { postalCode: '10115', city: 'Berlin' } } })),
      422,
      { pointer: '/location/address/city' },
    );
    assert.equal(outside.errors?.[0]?.detail, 'outside the service area (Saxony)');
  });

  it('places a remote opportunity in the district it names, without coordinates', async () => {
    await assertProblem(createOpportunity(db(), opportunityInput({ location: { type: 'remote' } })), 422, { pointer: '/location/region' });
    const id = await publishOpportunity(db(), { title: 'Website eines Vereins pflegen', location: { type: 'remote', region: 'zwickau' } });
    const opportunity = await getOpportunity(db(), id);
    assert.deepEqual(opportunity?.location, { type: 'remote', region: 'zwickau' });
    const near = await searchOpportunities(db(), { q: 'Website', near: 'Zwickau', radiusKm: 100 });
    assert.equal(near.total, 0);
  });

  it('prefers the Saxon town of a name shared with larger places elsewhere', async () => {
    const id = await publishOpportunity(db(), {
      title: 'Heimatmuseum Neustadt: Aufsicht am Sonntag',
      location: { type: 'onsite', address: { postalCode: '01844', city: 'Neustadt' } },
    });
    assert.equal((await getOpportunity(db(), id))?.location.region, 'saechsische-schweiz-osterzgebirge');
  });

  it('shows the contact person only when the organisation chose so', async () => {
    const open = await publishOpportunity(db(), { title: 'Kleiderkammer sortieren' });
    assert.deepEqual((await getOpportunity(db(), open))?.contact, { name: 'Anna Beispiel', email: 'anna@example.org' });
    const closed = await publishOpportunity(db(), {
      title: 'Kleiderkammer ausgeben',
      contact: { name: 'Bernd Beispiel', email: 'bernd@example.org', phone: '0351 123456', public: false },
    });
    const opportunity = await getOpportunity(db(), closed);
    assert.equal(opportunity?.contact, undefined);
    assert.ok(!JSON.stringify(opportunity).includes('bernd@example.org'));
    const list = await searchOpportunities(db(), { q: 'Kleiderkammer' });
    assert.ok(!JSON.stringify(list).includes('@example.org'));
  });

  it('takes an organisation by name, whatever the spacing of "e. V."', async () => {
    const a = await publishOpportunity(db(), { title: 'Bücherflohmarkt', organisation: { name: 'Lesefreunde Pirna e.V.', type: 'verein' } });
    const b = await publishOpportunity(db(), { title: 'Lesecafé', organisation: { name: 'Lesefreunde Pirna e. V.', type: 'verein' } });
    const c = await publishOpportunity(db(), { title: 'Leseclub', organisation: { name: 'Lesefreunde Pirna', type: 'verein' } });
    const [oa, ob, oc] = await Promise.all([a, b, c].map((id) => getOpportunity(db(), id)));
    assert.equal(oa?.organisation.id, 'lesefreunde-pirna-e-v');
    assert.equal(ob?.organisation.id, 'lesefreunde-pirna-e-v');
    assert.equal(oc?.organisation.id, 'lesefreunde-pirna');
  });

  it('lets a one-time opportunity expire after its last date, and never returns an expired one', async () => {
    const start = new Date(Date.now() + 5 * 86_400_000);
    const id = await publishOpportunity(db(), {
      title: 'Laternenumzug absichern',
      schedule: { type: 'one-time', dates: [{ start: start.toISOString() }] },
    });
    const opportunity = await getOpportunity(db(), id);
    assert.equal(opportunity?.expiresAt, serviceDate(start));
    await db().query(`UPDATE opportunities SET expires_at = service_today() - 1 WHERE id = $1`, [id]);
    assert.equal(await getOpportunity(db(), id), undefined);
    assert.deepEqual(await found('Laternenumzug'), []);
    await db().query(`UPDATE opportunities SET expires_at = service_today() WHERE id = $1`, [id]);
    assert.deepEqual(await found('Laternenumzug'), [id], 'visible through its last day');
  });

  it('refuses dates that are past or end before they start', async () => {
    const past = new Date(Date.now() - 3 * 86_400_000).toISOString();
    await assertProblem(
      createOpportunity(db(), opportunityInput({ schedule: { type: 'one-time', dates: [{ start: past }] } })),
      422,
      { pointer: '/schedule/dates' },
    );
    const start = new Date(Date.now() + 86_400_000);
    await assertProblem(
      createOpportunity(
        db(),
        opportunityInput({
          schedule: { type: 'one-time', dates: [{ start: start.toISOString(), end: new Date(start.getTime() - 3_600_000).toISOString() }] },
        }),
      ),
      422,
      { pointer: '/schedule/dates/0/end' },
    );
    await assertProblem(createOpportunity(db(), opportunityInput({ expiresAt: '2020-01-01' })), 422, { pointer: '/expiresAt' });
  });
});

async function assertStatus(promise: Promise<unknown>, status: number): Promise<void> {
  await assert.rejects(promise, (error: { status?: number }) => error.status === status);
}

function assertConflict(promise: Promise<unknown>): Promise<void> {
  return assertStatus(promise, 409);
}
