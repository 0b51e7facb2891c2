/**
 * Importing listings from Freinet-Online's XML and from spreadsheets: mapped to our taxonomy,
 * unmapped values reported, re-runs matched by the source's id (never duplicated), dry runs and
 * refused files writing nothing. Runs on PGlite, and on PostgreSQL when the test script gives one.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Principal } from '../../packages/server/src/console/principal.js';
import { itemAgency, scopedItem } from '../../packages/server/src/console/queue.js';
import { ProblemError } from '../../packages/server/src/errors.js';
import { parseSpreadsheet } from '../../packages/server/src/import/csv.js';
import { decodeXml, parseFreinet } from '../../packages/server/src/import/freinet.js';
import { runImport, type ImportOptions } from '../../packages/server/src/import/run.js';
import { formatIssue, ImportFileError } from '../../packages/server/src/import/types.js';
import { getOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { createOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.js';
import { sampleOpportunityInput } from '../support/server.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const freinetXml = fixture('freinet-angebote.xml').toString('utf8');
const now = new Date('2026-12-01T10:00:00Z');
// Agencies are records (migration 080); an import names one by its id.
const pirna = '0b7e5d4c-3a21-4f6e-9d8c-7b6a5f4e3d21';
const goerlitz = '1c8f6e5d-4b32-4a7f-8e9d-8c7b6a5f4e32';
const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({ source: 'freinet', agency: pirna, publish: false, dryRun: false, now, ...overrides });

let test: TestDatabase;
const count = async (sql: string) => Number((await test.db.pool.query<{ n: string }>(sql)).rows[0]!.n);
const listings = () => count('SELECT count(*) AS n FROM opportunities');

before(async () => {
  test = await openTestDatabase();
  await test.db.pool.query(`INSERT INTO agencies (id, name) VALUES ($1, 'FWA Pirna'), ($2, 'FWA Görlitz')`, [pirna, goerlitz]);
});
after(() => test?.close());
beforeEach(async () => {
  await test.db.pool.query('DELETE FROM import_sources; DELETE FROM opportunities; DELETE FROM organisations');
});

describe('Freinet import', () => {
  it('imports the listings once: a second run finds them unchanged and reports every unmapped value', async () => {
    const first = await runImport(test.db, parseFreinet(freinetXml), options());
    assert.deepEqual(first.counts, { new: 5, updated: 0, unchanged: 0 });
    assert.equal(first.written, true);
    assert.deepEqual(first.unmapped.map((issue) => formatIssue(issue, 'Feld')), [
      'Angebot 40712 „Hausaufgabenhilfe "Lernwerkstatt" für Grundschulkinder“, Feld „handlungsfelder“: „Kirche und Religion“ hat keine Entsprechung unter unseren Kategorien; übergangen.',
      'Angebot 40712 „Hausaufgabenhilfe "Lernwerkstatt" für Grundschulkinder“, Feld „leistungen“: „Freikarten für das Stadtteilfest“ hat keine Entsprechung unter unseren Leistungen; übergangen.',
      'Angebot 40713 „Helfende Hände beim Tafel-Aktionstag“, Feld „leistungen“: „Verpflegung“ hat keine Entsprechung unter unseren Leistungen; übergangen.',
      'Angebot 40715 „Smartphone-Sprechstunde für Ältere“, Feld „zielgruppen“: „Berufstätige“ hat keine Entsprechung unter unseren Zielgruppen; übergangen.',
    ]);
    const second = await runImport(test.db, parseFreinet(freinetXml), options());
    assert.deepEqual(second.counts, { new: 0, updated: 0, unchanged: 5 });
    assert.equal(second.unmapped.length, 4);
    assert.deepEqual(second.listings.map((l) => l.opportunityId), first.listings.map((l) => l.opportunityId));
    assert.equal(await listings(), 5);
    assert.equal(await count(`SELECT count(*) AS n FROM opportunities WHERE status = 'pending'`), 5);
  });

  it('maps fields and Handlungsfelder, and turns the HTML into our Markdown subset without scripts or images', async () => {
    const report = await runImport(test.db, parseFreinet(freinetXml), options({ publish: true }));
    const id = (sourceId: string) => report.listings.find((l) => l.sourceId === sourceId)!.opportunityId;
    const dogs = await getOpportunity(test.db.pool, id('40711'));
    assert.ok(dogs, 'published with --publish');
    assert.equal(dogs.organisation.name, 'Tierschutzverein Pirna & Umgebung e. V.');
    assert.equal(dogs.organisation.type, 'verein');
    assert.deepEqual(dogs.categories, ['tierschutz', 'umwelt-naturschutz']);
    assert.deepEqual(dogs.targetGroups, ['young-people', 'seniors']);
    assert.deepEqual(dogs.benefits, ['insurance', 'training']);
    assert.deepEqual(dogs.accessibility.features, ['public-transport']);
    assert.equal(dogs.minimumAge, 16);
    assert.deepEqual(dogs.location.coordinates, { lat: 50.9621, lon: 13.9401 }, "Freinet's own coordinates win over the town's centre");
    assert.equal(dogs.location.region, 'saechsische-schweiz-osterzgebirge');
    assert.deepEqual(dogs.schedule, { type: 'regular', hoursPerWeek: 2, note: 'regelmäßig, ca. 2 Stunden pro Woche, gern am Wochenende' });
    assert.equal(
      dogs.description,
      'Unsere **Hunde** freuen sich über jede Runde an der Elbe.\n\nSie brauchen keine Erfahrung: wir zeigen Ihnen alles & gehen die ersten Male mit.\n\n- Spaziergänge am Wochenende\n- Pflege und Bürsten\n\nMehr auf [unserer Seite](https://tierheim-pirna.example.org/helfen).',
    );
    const homework = await getOpportunity(test.db.pool, id('40712'));
    assert.equal(homework!.title, 'Hausaufgabenhilfe "Lernwerkstatt" für Grundschulkinder', 'entities decoded');
    assert.equal(homework!.description, 'Zweimal pro Woche treffen sich bis zu zwölf Kinder im Stadtteilladen.\n\nSie helfen beim *Lesen*, Rechnen und Schreiben.\nMaterial ist da.');
    assert.equal(homework!.location.coordinates?.lat, 51.33962, 'without coordinates: the town centre');
    const day = await getOpportunity(test.db.pool, id('40713'));
    assert.deepEqual(day!.schedule, {
      type: 'one-time',
      dates: [{ start: '2031-06-14T09:00:00+02:00', end: '2031-06-14T15:00:00+02:00' }],
      note: 'einmalig am 14.06.2031 von 09:00 bis 15:00 Uhr',
    });
    assert.doesNotMatch(day!.description, /<|img|Foto/);
    assert.match(day!.description, /^\*\*Worum es geht\*\*\n\n/);
    const search = await searchOpportunities(test.db.pool, { q: 'Gassigehen' });
    assert.equal(search.items[0]?.id, id('40711'));
  });

  it('updates what it created when the source changed, keeping the id and the published status', async () => {
    const first = await runImport(test.db, parseFreinet(freinetXml), options({ publish: true }));
    const changed = freinetXml.replace('Gassigehen mit Tierheimhunden', 'Gassigehen mit Hunden aus dem Tierheim');
    const dry = await runImport(test.db, parseFreinet(changed), options({ dryRun: true }));
    assert.deepEqual(dry.counts, { new: 0, updated: 1, unchanged: 4 });
    assert.equal(dry.written, false);
    const id = first.listings[0]!.opportunityId;
    assert.equal((await getOpportunity(test.db.pool, id))!.title, 'Gassigehen mit Tierheimhunden', 'a dry run writes nothing');
    const second = await runImport(test.db, parseFreinet(changed), options());
    assert.deepEqual(second.counts, { new: 0, updated: 1, unchanged: 4 });
    assert.equal(second.listings[0]!.opportunityId, id);
    assert.equal((await getOpportunity(test.db.pool, id))!.title, 'Gassigehen mit Hunden aus dem Tierheim');
    assert.equal(await listings(), 5);
  });

  it('keeps imports of different agencies apart', async () => {
    await runImport(test.db, parseFreinet(freinetXml), options());
    const other = await runImport(test.db, parseFreinet(freinetXml), options({ agency: goerlitz }));
    assert.deepEqual(other.counts, { new: 5, updated: 0, unchanged: 0 });
  });

  it('gives the imported listings to the agency: in its console queue whatever their district, in no other', async () => {
    // Görlitz covers the district of the Pirna listing; the import for Pirna still owns it.
    await test.db.pool.query(`INSERT INTO agency_regions (region, agency_id) VALUES ('saechsische-schweiz-osterzgebirge', $1) ON CONFLICT (region) DO UPDATE SET agency_id = $1`, [goerlitz]);
    try {
      const report = await runImport(test.db, parseFreinet(freinetXml), options());
      const ids = report.listings.map((listing) => listing.opportunityId);
      assert.equal(ids.length, 5);
      const staffOf = (agencyId: string): Principal => ({ via: 'token', accountId: null, email: null, role: 'moderator', agencyId, sessionId: null, tokenId: null, readOnly: false, address: '127.0.0.1' });
      for (const id of ids) {
        assert.equal(await itemAgency(test.db.pool, 'opportunity', id), pirna);
        assert.equal((await scopedItem(test.db.pool, staffOf(pirna), 'opportunity', id)).id, id);
        await assert.rejects(scopedItem(test.db.pool, staffOf(goerlitz), 'opportunity', id), (error: unknown) => error instanceof ProblemError && error.status === 404);
      }
    } finally {
      await test.db.pool.query('DELETE FROM agency_regions');
    }
  });

  it('moves the search version once, at the end, and gives the imported changes that version', async () => {
    const version = async () => Number((await test.db.pool.query<{ version: string }>('SELECT version FROM search_version')).rows[0]!.version);
    const before = await version();
    const report = await runImport(test.db, parseFreinet(freinetXml), options({ publish: true }));
    // The import's own move is the first after `before`; the spelling list's refresh moves it after.
    const moved = String(before + 1);
    const ids = report.listings.map((listing) => listing.opportunityId);
    const feed = await test.db.pool.query<{ version: string; published_version: string }>('SELECT version, published_version FROM change_feed WHERE id = ANY($1::uuid[])', [ids]);
    assert.deepEqual(feed.rows, ids.map(() => ({ version: moved, published_version: moved })));
    const changes = await test.db.pool.query<{ version: string }>(
      `SELECT DISTINCT version::text FROM search_changes WHERE version > $1 AND kind IN ('opportunity', 'organisation')`,
      [before],
    );
    assert.deepEqual(changes.rows, [{ version: moved }], 'every listing and organisation the import wrote carries its one version');
  });

  it('lets other writers commit while it writes', { skip: testDatabaseKind === 'postgres' ? false : 'needs PostgreSQL (PGlite has one connection)' }, async () => {
    const other = await openDatabase({ url: test.url });
    try {
      let written: string | undefined;
      await runImport(test.db, parseFreinet(freinetXml), options({
        onProgress: async () => {
          if (written) return;
          // Mid-import, a posting through another connection: it would wait for the import's
          // commit if the import held the version row (lock_timeout turns that wait into an error).
          written = await other.transaction(async (client) => {
            await client.query("SET LOCAL lock_timeout = '5s'");
            return (await createOpportunity(client, sampleOpportunityInput())).id;
          });
        },
      }));
      assert.ok(written);
    } finally {
      await other.close();
    }
  });

  it('refuses a listing without e-mail or category, naming listing and field, and writes nothing', async () => {
    const broken = freinetXml
      .replace('<email>helfen@tierheim-pirna.example.org</email>', '')
      .replace(/<handlungsfeld>Soziales<\/handlungsfeld>/, '<handlungsfeld>Brauchtum</handlungsfeld>');
    const report = await runImport(test.db, parseFreinet(broken), options());
    assert.equal(report.refused, true);
    assert.deepEqual(report.errors.map((issue) => formatIssue(issue, 'Feld')), [
      'Angebot 40711 „Gassigehen mit Tierheimhunden“, Feld „kontakt“: Keine E-Mail-Adresse: Anfragen von Freiwilligen brauchen eine.',
      'Angebot 40713 „Helfende Hände beim Tafel-Aktionstag“, Feld „handlungsfelder“: Keines der Handlungsfelder ist einer unserer Kategorien zugeordnet (freinet-mapping.json).',
    ]);
    assert.equal(await listings(), 0);
  });

  it('reads a file in the encoding its XML declaration names', () => {
    const latin1 = freinetXml
      .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
      .replace('Yılmaz', 'Yilmaz');
    const bytes = Buffer.from(latin1, 'latin1');
    assert.notDeepEqual(bytes, Buffer.from(latin1, 'utf8'), 'the umlauts really are single bytes');
    const parsed = parseFreinet(decodeXml(bytes));
    assert.equal(parsed.records[0]!.input.contact.name, 'Sabine Kühn');
    assert.equal(parsed.records[3]!.input.organisation.name, 'Ev.-Luth. Kirchgemeinde Görlitz');
  });

  it('refuses a file that is not XML, with line and column', () => {
    assert.throws(() => parseFreinet('<angebotsliste><angebot id="1"></angebotsliste>'), (error: unknown) => {
      assert.ok(error instanceof ImportFileError);
      assert.match(error.message, /kein gültiges XML \(Zeile 1, Spalte \d+\)/);
      return true;
    });
    assert.throws(() => parseFreinet('<rss></rss>'), /keine <angebotsliste>/);
  });
});

describe('spreadsheet import', () => {
  const csv = fixture('angebote.csv');
  const windows = fixture('angebote-windows-1252-komma.csv');

  it('reads UTF-8 with ";" and Windows-1252 with "," alike, quoted line breaks included', () => {
    const utf8 = parseSpreadsheet(csv);
    const cp1252 = parseSpreadsheet(windows);
    assert.deepEqual(utf8.errors, []);
    assert.equal(utf8.records.length, 4);
    assert.deepEqual(cp1252.records, utf8.records);
    const garden = utf8.records[0]!.input;
    assert.equal(garden.summary, 'Beete gießen, jäten und ernten im Gemeinschaftsgarten „Grüne Oase“.');
    assert.equal(garden.description, 'Unser Garten mitten im Viertel braucht Pflege – besonders im Sommer.\n\nSie gießen, jäten und ernten mit anderen. **Werkzeug** ist da.');
    assert.deepEqual(garden.schedule, { type: 'regular', hoursPerWeek: 1.5, note: 'nach Absprache, gern abends' });
    assert.deepEqual(garden.languages, ['de', 'en']);
    assert.equal(garden.contact.public, true);
    assert.deepEqual(utf8.records[2]!.input.location, { type: 'remote', region: 'goerlitz' });
    assert.equal(utf8.records[3]!.input.schedule.type, 'one-time');
  });

  it('imports the spreadsheet once; the other encoding of the same rows changes nothing', async () => {
    const first = await runImport(test.db, parseSpreadsheet(csv), options({ source: 'csv' }));
    assert.deepEqual(first.counts, { new: 4, updated: 0, unchanged: 0 });
    const again = await runImport(test.db, parseSpreadsheet(windows), options({ source: 'csv' }));
    assert.deepEqual(again.counts, { new: 0, updated: 0, unchanged: 4 });
    assert.equal(await listings(), 4);
    assert.equal(await count('SELECT count(*) AS n FROM import_sources'), 4);
  });

  it('refuses a malformed file with an error per row and column, writing nothing', async () => {
    const report = await runImport(test.db, parseSpreadsheet(fixture('angebote-fehlerhaft.csv')), options({ source: 'csv' }));
    assert.equal(report.refused, true);
    assert.deepEqual(report.errors.map((issue) => formatIssue(issue)), [
      'Zeile 3, Spalte „Kategorien“: „Tierschutzz“ ist keine bekannte Kategorie.',
      'Zeile 3, Spalte „E-Mail“: „sprachcafe-at-example“ ist keine gültige E-Mail-Adresse.',
      'Zeile 4, Spalte „Ort“: Für ein Angebot vor Ort fehlt die Adresse.',
    ]);
    assert.equal(await listings(), 0);
    assert.equal(await count('SELECT count(*) AS n FROM organisations'), 0);
  });

  it('names unknown, missing and doubled columns and ids, unclosed quotes and unknown places', () => {
    const header = csv.toString('utf8').split('\r\n')[0]!;
    const renamed = parseSpreadsheet(Buffer.from(header.replace('Kategorien', 'Kategorie')));
    assert.deepEqual(renamed.errors.map((issue) => formatIssue(issue)), [
      'Zeile 1, Spalte „Kategorie“: Diese Spalte ist unbekannt (die Vorlage nennt alle Spalten).',
      'Zeile 1, Spalte „Kategorien“: Diese Spalte fehlt.',
    ]);
    const lines = csv.toString('utf8').split('\r\n');
    const doubled = parseSpreadsheet(Buffer.from([lines[0], lines[1], lines[1]].join('\r\n')));
    assert.deepEqual(doubled.errors.map((issue) => formatIssue(issue)), ['Zeile 3, Spalte „ID“: „1“ steht schon in Zeile 2.']);
    assert.throws(() => parseSpreadsheet(Buffer.from(`${lines[0]}\r\n"1;Titel`)), /nicht als CSV lesen.*Anführungszeichen wird nicht geschlossen/);
  });

  it('refuses a place outside Saxony and dates in the past, in German', async () => {
    const lines = fixture('angebote.csv').toString('utf8').split('\r\n');
    const text = [lines[0], lines[1]!.replace(';Leipzig;', ';Hamburg;').replace('04109', '20095'), lines[4]!.replace(/2031/g, '2020')].join('\r\n');
    const report = await runImport(test.db, parseSpreadsheet(Buffer.from(text)), options({ source: 'csv' }));
    assert.deepEqual(report.errors.map((issue) => formatIssue(issue)), [
      'Zeile 2, Spalte „Ort“: „Hamburg“ liegt nicht in Sachsen.',
      'Zeile 3, Spalte „Termine“: Alle Termine liegen in der Vergangenheit.',
    ]);
  });
});
