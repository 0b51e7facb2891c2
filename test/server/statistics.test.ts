/**
 * GET /v1/statistics against a fixture counted by hand (statistics-fixture.ts): every figure per
 * month and region, the totals, one total over the range, CSV; an agency's staff see their own
 * regions only, also in the "unanswered" list; and the retention purge deletes the contact
 * requests' texts without changing a single figure.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Statistics, StatisticsRow, UnansweredList } from '@mitmachen/contract';
import { purgePersonalData } from '../../packages/server/src/retention/purge.js';
import { contractResponse, problemResponse, startTestServer, testAdminToken, type TestServer } from '../support/server.js';
import { Browser, seedStaff } from './console-client.js';
import { ids, writeFixture } from './statistics-fixture.js';

let server: TestServer;
let agencies: { dresden: string; leipzig: string };
const dresden = { admin: undefined as unknown as Browser, analyst: undefined as unknown as Browser };
let leipzig: Browser;
before(async () => {
  server = await startTestServer({ seed: { opportunities: 0, offers: 0 }, adminToken: testAdminToken });
  agencies = await seedStaff(server);
  await writeFixture(server);
  dresden.admin = new Browser(server);
  await dresden.admin.signIn('admin.dresden@test.example');
  dresden.analyst = new Browser(server);
  await dresden.analyst.signIn('analyst.dresden@test.example');
  leipzig = new Browser(server);
  await leipzig.signIn('moderator.leipzig@test.example');
});
after(() => server?.close());

const range = 'from=2026-09-01&to=2026-10-31';
const asOperator = { Authorization: `Bearer ${testAdminToken}` };
const operatorFigures = async (query: string) => contractResponse<Statistics>('getStatistics', await fetch(`${server.baseUrl}/statistics?${query}`, { headers: asOperator }));
const staffFigures = async (browser: Browser, query: string) => contractResponse<Statistics>('getStatistics', await browser.fetch(`/statistics?${query}`));

type Figures = Omit<StatisticsRow, 'period' | 'from' | 'to' | 'region'>;
/** newListings, published, expired, requests, replies, placements, noReply, activeOrganisations, medianReview, medianFirstReply */
function f(...values: [number, number, number, number, number, number, number, number, number | null, number | null]): Figures {
  const [newListings, publishedListings, expiredListings, contactRequests, replies, placements, noReply, activeOrganisations, medianReviewHours, medianFirstReplyHours] = values;
  return { newListings, publishedListings, expiredListings, contactRequests, replies, placements, noReply, activeOrganisations, medianReviewHours, medianFirstReplyHours };
}
const september = { period: '2026-09', from: '2026-09-01', to: '2026-09-30' };
const october = { period: '2026-10', from: '2026-10-01', to: '2026-10-31' };

describe('the figures', () => {
  it('count every month and region as counted by hand (operator: every region, remote listings too)', async () => {
    const figures = await operatorFigures(range);
    assert.deepEqual(figures, {
      from: '2026-09-01',
      to: '2026-10-31',
      interval: 'month',
      rows: [
        { ...september, region: 'dresden', ...f(3, 2, 0, 4, 4, 3, 0, 1, 24, 30) },
        { ...september, region: 'leipzig', ...f(1, 1, 1, 2, 1, 0, 1, 1, 12, 72) },
        { ...october, region: 'dresden', ...f(2, 1, 1, 4, 1, 1, 2, 2, 147, 24) },
        { ...october, region: 'leipzig', ...f(1, 1, 0, 2, 2, 1, 0, 1, 48, 36) },
      ],
      totals: [
        { ...september, region: null, ...f(4, 3, 1, 6, 5, 3, 1, 2, 24, 36) },
        { ...october, region: null, ...f(3, 2, 1, 6, 3, 2, 2, 3, 48, 24) },
      ],
    });
  });

  it('give one row for the whole range with interval=total, medians over all of it', async () => {
    const figures = await operatorFigures(`${range}&interval=total`);
    const whole = { period: '2026-09-01/2026-10-31', from: '2026-09-01', to: '2026-10-31' };
    assert.deepEqual(figures.totals, [{ ...whole, region: null, ...f(7, 5, 2, 12, 8, 5, 3, 3, 24, 30) }]);
    assert.deepEqual(figures.rows.map((row) => row.region), ['dresden', 'leipzig']);
  });

  it('cut months at the range and keep empty periods in the totals', async () => {
    const figures = await operatorFigures('from=2026-09-15&to=2026-11-30');
    assert.deepEqual(figures.totals.map((row) => [row.period, row.from, row.to, row.contactRequests]), [
      ['2026-09', '2026-09-15', '2026-09-30', 3],
      ['2026-10', '2026-10-01', '2026-10-31', 6],
      ['2026-11', '2026-11-01', '2026-11-30', 0],
    ]);
  });

  it('come as CSV by Accept or at .csv, the same numbers', async () => {
    for (const response of [
      await fetch(`${server.baseUrl}/statistics?${range}`, { headers: { ...asOperator, Accept: 'text/csv' } }),
      await fetch(`${server.baseUrl}/statistics.csv?${range}`, { headers: asOperator }),
    ]) {
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
      const lines = (await response.text()).split('\r\n');
      assert.equal(lines[0], 'period,from,to,region,newListings,publishedListings,expiredListings,contactRequests,replies,placements,noReply,activeOrganisations,medianReviewHours,medianFirstReplyHours');
      assert.equal(lines[1], '2026-09,2026-09-01,2026-09-30,dresden,3,2,0,4,4,3,0,1,24,30');
      assert.equal(lines[5], '2026-09,2026-09-01,2026-09-30,all,4,3,1,6,5,3,1,2,24,36');
      assert.equal(lines.length, 8, 'header, 4 rows, 2 totals, and the final line break');
    }
  });

  it('refuse a range backwards or too long, and strangers', async () => {
    const backwards = await problemResponse(await fetch(`${server.baseUrl}/statistics?from=2026-10-01&to=2026-09-01`, { headers: asOperator }), 400);
    assert.match(backwards.detail ?? '', /^from: must not be after to/);
    await problemResponse(await fetch(`${server.baseUrl}/statistics?from=2000-01-01&to=2026-10-01`, { headers: asOperator }), 400);
    await problemResponse(await fetch(`${server.baseUrl}/statistics?${range}`), 401);
    await problemResponse(await fetch(`${server.baseUrl}/statistics?${range}`, { headers: { Authorization: 'Bearer mm_not-a-token' } }), 401);
  });
});

describe('scope', () => {
  it('shows an agency its own regions only, without remote listings, to every role', async () => {
    const expected = {
      from: '2026-09-01',
      to: '2026-10-31',
      interval: 'month',
      rows: [
        { ...september, region: 'dresden', ...f(2, 1, 0, 3, 3, 2, 0, 1, 24, 36) },
        { ...october, region: 'dresden', ...f(2, 1, 1, 4, 1, 1, 2, 2, 147, 24) },
      ],
      totals: [
        { ...september, region: null, ...f(2, 1, 0, 3, 3, 2, 0, 1, 24, 36) },
        { ...october, region: null, ...f(2, 1, 1, 4, 1, 1, 2, 2, 147, 24) },
      ],
    };
    assert.deepEqual(await staffFigures(dresden.admin, range), expected);
    assert.deepEqual(await staffFigures(dresden.analyst, range), expected);
    // Asking for another agency's region gives nothing of it.
    assert.deepEqual((await staffFigures(dresden.admin, `${range}&region=leipzig`)).rows, []);
    assert.deepEqual((await staffFigures(leipzig, range)).rows.map((row) => row.region), ['leipzig', 'leipzig']);
  });

  it('refuses an agency another agency’s figures; an operator may pick one', async () => {
    await problemResponse(await dresden.admin.fetch(`/statistics?${range}&agencyId=${agencies.leipzig}`), 403);
    await problemResponse(await dresden.admin.fetch(`/statistics.csv?${range}&agencyId=${agencies.leipzig}`), 403);
    const picked = await operatorFigures(`${range}&agencyId=${agencies.leipzig}`);
    assert.deepEqual(picked.rows.map((row) => row.region), ['leipzig', 'leipzig']);
  });

  it('keeps the unanswered list to the agency’s own listings', async () => {
    await server.db.pool.query(
      `INSERT INTO unanswered_flags (id, opportunity_id, flagged_at, no_reply) VALUES (gen_random_uuid(), $1, now(), 2), (gen_random_uuid(), $2, now(), 2)`,
      [ids.d1, ids.l1],
    );
    const list = async (browser: Browser, query = '') => contractResponse<UnansweredList>('listUnanswered', await browser.fetch(`/console/unanswered${query}`));
    assert.deepEqual((await list(dresden.admin)).items.map((item) => item.id), [ids.d1]);
    assert.deepEqual((await list(dresden.analyst)).items.map((item) => item.id), [ids.d1]);
    assert.deepEqual((await list(leipzig)).items.map((item) => item.id), [ids.l1]);
    await problemResponse(await dresden.admin.fetch(`/console/unanswered?agencyId=${agencies.leipzig}`), 403);
    // Another agency's flag is not found; an analyst may read but not close.
    await problemResponse(await dresden.admin.fetch(`/console/unanswered/${ids.l1}/resolve`, { method: 'POST' }), 404);
    await problemResponse(await dresden.analyst.fetch(`/console/unanswered/${ids.d1}/resolve`, { method: 'POST' }), 403);
    await problemResponse(await dresden.admin.fetch(`/console/unanswered/${ids.d1}/resolve`, { method: 'POST', csrf: null }), 403);
    assert.equal((await leipzig.fetch(`/console/unanswered/${ids.l1}/resolve`, { method: 'POST' })).status, 204);
    assert.deepEqual((await list(leipzig)).items, []);
    assert.deepEqual((await list(dresden.admin)).items.map((item) => item.id), [ids.d1]);
  });
});

describe('retention', () => {
  it('deletes the contact requests’ texts 90 days after their last change, and every figure stays', async () => {
    const before = await operatorFigures(range);
    const texts = async () =>
      (await server.db.pool.query<{ kept: number; deleted: number }>(
        `SELECT count(*) FILTER (WHERE message IS NOT NULL)::int AS kept, count(*) FILTER (WHERE texts_deleted_at IS NOT NULL AND name IS NULL AND email IS NULL AND message IS NULL)::int AS deleted FROM interests`,
      )).rows[0];
    // 90 days before 3 January is 5 October, 13:00: the two requests last changed on 6 October keep their texts.
    await purgePersonalData(server.db.pool, { retentionDays: 365, contactTextDays: 90, now: new Date('2027-01-03T12:00:00+01:00') });
    assert.deepEqual(await texts(), { kept: 2, deleted: 7 });
    await purgePersonalData(server.db.pool, { retentionDays: 365, contactTextDays: 90, now: new Date('2027-01-05T12:00:00+01:00') });
    assert.deepEqual(await texts(), { kept: 0, deleted: 9 });
    // Requests to offers the same way: the ones last changed on 8 and 22 October keep their texts.
    const offerTexts = await server.db.pool.query<{ kept: number; deleted: number }>(
      `SELECT count(*) FILTER (WHERE message IS NOT NULL)::int AS kept, count(*) FILTER (WHERE texts_deleted_at IS NOT NULL AND message IS NULL)::int AS deleted FROM offer_contacts`,
    );
    assert.deepEqual(offerTexts.rows[0], { kept: 2, deleted: 1 });
    assert.deepEqual(await operatorFigures(range), before);
  });
});
