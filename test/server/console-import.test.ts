/**
 * The console's import (`POST /v1/console/imports`) on the real server: the CLI's import behind
 * a session. A dry run writes nothing; an import lands in the caller's agency's review queue; a
 * re-import changes nothing; a refused or unreadable file writes nothing; an agency admin reaches
 * only their own agency and never publishes; an operator picks the agency and may publish.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { AuditList, ImportReport, Queue } from '@mitmachen/contract';
import { contractResponse, problemResponse, startTestServer, type TestServer } from '../support/server.js';
import { Browser, seedStaff, signedIn } from './console-client.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)).toString('base64');
const csv = fixture('angebote.csv');
const freinet = fixture('freinet-angebote.xml');

describe('the console’s import', () => {
  let server: TestServer;
  let agencies: { dresden: string; leipzig: string };
  const post = (browser: Browser, body: unknown, csrf?: string | null) =>
    browser.fetch('/console/imports', { method: 'POST', body, ...(csrf === undefined ? {} : { csrf }) });
  const importedBy = async (agency: string) =>
    (
      await server.db.pool.query<{ status: string; n: number }>(
        `SELECT o.status, count(*)::int AS n FROM import_sources s JOIN opportunities o ON o.id = s.opportunity_id WHERE s.agency = $1 AND o.agency_id::text = $1 GROUP BY o.status ORDER BY o.status`,
        [agency],
      )
    ).rows.map((row) => `${row.status} ${row.n}`);
  const written = async () => Number((await server.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM import_sources')).rows[0]?.n);

  before(async () => {
    server = await startTestServer({ seed: { opportunities: 50, offers: 5 }, env: { MITMACHEN_RATE_LIMIT_SIGN_IN: 'off' } });
    agencies = await seedStaff(server);
  });
  after(() => server?.close());

  it('shows a dry run, imports into the agency admin’s review queue, and finds a re-import unchanged', async () => {
    const admin = await signedIn(server, 'admin.dresden@test.example');
    const dry = await contractResponse<ImportReport>('importListings', await post(admin, { format: 'csv', file: csv, dryRun: true, fileName: 'angebote.csv' }));
    assert.deepEqual([dry.written, dry.refused, dry.dryRun, dry.agencyId, dry.total], [false, false, true, agencies.dresden, 4]);
    assert.deepEqual(dry.counts, { new: 4, updated: 0, unchanged: 0 });
    assert.deepEqual(
      dry.listings.map((listing) => [listing.sourceId, listing.outcome]),
      [['1', 'new'], ['2', 'new'], ['3', 'new'], ['4', 'new']],
    );
    assert.equal(await written(), 0, 'a dry run writes nothing');

    const first = await contractResponse<ImportReport>('importListings', await post(admin, { format: 'csv', file: csv, fileName: 'angebote.csv' }));
    assert.deepEqual([first.written, first.counts], [true, { new: 4, updated: 0, unchanged: 0 }]);
    assert.deepEqual(await importedBy(agencies.dresden), ['pending 4']);
    // In the agency's queue, and only there.
    const queue = await contractResponse<Queue>('listQueue', await admin.fetch('/console/queue'));
    for (const listing of first.listings) assert.ok(queue.items.some((item) => item.id === listing.opportunityId), `${listing.label} is in Dresden's queue`);
    const leipzig = await signedIn(server, 'admin.leipzig@test.example');
    const theirs = await contractResponse<Queue>('listQueue', await leipzig.fetch('/console/queue'));
    assert.ok(!theirs.items.some((item) => first.listings.some((listing) => listing.opportunityId === item.id)));

    const again = await contractResponse<ImportReport>('importListings', await post(admin, { format: 'csv', file: csv }));
    assert.deepEqual(again.counts, { new: 0, updated: 0, unchanged: 4 });
    assert.deepEqual(again.listings.map((listing) => listing.opportunityId), first.listings.map((listing) => listing.opportunityId));
    assert.deepEqual(await importedBy(agencies.dresden), ['pending 4'], 'no duplicates');

    const log = await contractResponse<AuditList>('listAuditLog', await admin.fetch('/console/audit?action=import'));
    assert.equal(log.items.length, 2, 'each import that wrote is audited, the dry run is not');
    assert.deepEqual(log.items[1]?.change, { format: 'csv', fileName: 'angebote.csv', publish: false, total: 4, counts: { new: 4, updated: 0, unchanged: 0 }, unmapped: 0 });
  });

  it('lets an operator import into any agency and publish at once, reporting every unmapped value', async () => {
    const operator = await signedIn(server, 'operator@test.example');
    const missing = await problemResponse(await post(operator, { format: 'freinet', file: freinet }), 422);
    assert.equal(missing.errors?.[0]?.pointer, '/agencyId');
    const unknown = await problemResponse(await post(operator, { format: 'freinet', file: freinet, agencyId: '33333333-3333-4333-8333-333333333333' }), 422);
    assert.equal(unknown.errors?.[0]?.pointer, '/agencyId');

    const report = await contractResponse<ImportReport>('importListings', await post(operator, { format: 'freinet', file: freinet, agencyId: agencies.leipzig, publish: true }));
    assert.deepEqual([report.written, report.publish, report.counts.new], [true, true, 5]);
    assert.equal(report.unmapped.length, 4);
    assert.deepEqual(report.unmapped[0], {
      where: 'Angebot 40712 „Hausaufgabenhilfe "Lernwerkstatt" für Grundschulkinder“',
      field: 'handlungsfelder',
      message: '„Kirche und Religion“ hat keine Entsprechung unter unseren Kategorien; übergangen.',
    });
    assert.deepEqual(await importedBy(agencies.leipzig), ['published 5']);
    const found = await fetch(`${server.baseUrl}/opportunities/${report.listings[0]?.opportunityId}`);
    assert.equal(found.status, 200, 'published listings are public at once');
  });

  it('refuses a file with errors by row and column, and an unreadable one, writing nothing', async () => {
    const admin = await signedIn(server, 'admin.dresden@test.example');
    const before = await written();
    const refused = await contractResponse<ImportReport>('importListings', await post(admin, { format: 'csv', file: fixture('angebote-fehlerhaft.csv') }));
    assert.deepEqual([refused.refused, refused.written, refused.listings], [true, false, []]);
    assert.deepEqual(refused.errors, [
      { where: 'Zeile 3', field: 'Kategorien', message: '„Tierschutzz“ ist keine bekannte Kategorie.' },
      { where: 'Zeile 3', field: 'E-Mail', message: '„sprachcafe-at-example“ ist keine gültige E-Mail-Adresse.' },
      { where: 'Zeile 4', field: 'Ort', message: 'Für ein Angebot vor Ort fehlt die Adresse.' },
    ]);
    const notXml = await problemResponse(await post(admin, { format: 'freinet', file: Buffer.from('Titel;Ort\nGarten;Pirna').toString('base64') }), 422);
    assert.equal(notXml.errors?.[0]?.pointer, '/file');
    assert.match(notXml.errors?.[0]?.detail ?? '', /XML/);
    const notBase64 = await problemResponse(await post(admin, { format: 'csv', file: 'kein base64!' }), 422);
    assert.equal(notBase64.errors?.[0]?.pointer, '/file');
    assert.equal(await written(), before);
  });

  it('keeps agency staff to their own agency’s queue: no other agency, no publishing, no other role', async () => {
    const before = await written();
    const admin = await signedIn(server, 'admin.dresden@test.example');
    for (const body of [
      { format: 'csv', file: csv, agencyId: agencies.leipzig },
      { format: 'csv', file: csv, publish: true },
      { format: 'csv', file: csv, agencyId: agencies.dresden, publish: true, dryRun: true },
    ]) {
      await problemResponse(await post(admin, body), 403);
    }
    for (const email of ['moderator.dresden@test.example', 'analyst.dresden@test.example', 'moderator.leipzig@test.example']) {
      await problemResponse(await post(await signedIn(server, email), { format: 'csv', file: csv }), 403);
    }
    assert.equal(await written(), before);
  });

  it('asks for a session and its CSRF token, refuses API tokens, and says when a file is too large', async () => {
    const before = await written();
    const anonymous = await problemResponse(await post(new Browser(server), { format: 'csv', file: csv }), 401);
    assert.match(anonymous.type, /unauthenticated$/);
    const admin = await signedIn(server, 'admin.dresden@test.example');
    const csrf = await problemResponse(await post(admin, { format: 'csv', file: csv }, null), 403);
    assert.match(csrf.type, /csrf$/);
    const token = (await (await admin.fetch('/console/tokens', { method: 'POST', body: { name: 'Import', scope: 'moderate' } })).json()) as { token: string };
    const byToken = await fetch(`${server.baseUrl}/console/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'csv', file: csv }),
    });
    await problemResponse(byToken, 403);
    // Eleven MiB of spreadsheet, base64: over the 10 MiB limit.
    const large = Buffer.alloc(11 * 1024 * 1024, 'a').toString('base64');
    const tooLarge = await problemResponse(await post(admin, { format: 'csv', file: large }), 413);
    assert.match(tooLarge.detail ?? '', /10 MiB/);
    assert.equal(await written(), before);
  });
});
