/**
 * `mitmachen-server import` as an operator runs it: exit code 0 for done (a dry run too),
 * 1 for a refused file, 2 for wrong usage; the report on stdout, progress on stderr. `run` starts
 * the command once for each exit code, `call` runs its code in this process for the rest
 * (test/support/cli.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { cliDatabase, type CliDatabase } from '../support/cli.js';

const fixtures = new URL('../fixtures/import/', import.meta.url).pathname;
let database: CliDatabase;

before(async () => {
  database = await cliDatabase({ held: true });
  const db = await database.db();
  await db.pool.query(`INSERT INTO agencies (id, name) VALUES (gen_random_uuid(), 'FWA Pirna'), (gen_random_uuid(), 'FWA Meißen')`);
});
after(() => database?.close());

async function countListings(): Promise<number> {
  const db = await database.db();
  return Number((await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM opportunities')).rows[0]!.n);
}

describe('mitmachen-server import', () => {
  it('needs an agency', async () => {
    const result = await database.run(['import', 'csv', `${fixtures}angebote.csv`]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /import needs --agency AGENCY/);
  });

  it('refuses an agency that is not a record, before writing anything', async () => {
    const result = await database.call(['import', 'csv', `${fixtures}angebote.csv`, '--agency', 'FWA Nirgendwo']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /No agency has the id or name "FWA Nirgendwo"/);
    assert.equal(await countListings(), 0);
  });

  it('shows in a dry run what would change and writes nothing; then imports once', async () => {
    const dry = await database.call(['import', 'freinet', `${fixtures}freinet-angebote.xml`, '--agency', 'FWA Pirna', '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^Probelauf, nichts geschrieben\. .*: 5 Angebote; würden: neu 5, aktualisiert 0, unverändert 0/m);
    assert.match(dry.stdout, /neu: Angebot 40711 „Gassigehen mit Tierheimhunden“/);
    assert.match(dry.stdout, /Nicht zugeordnete Werte \(4\)/);
    assert.match(dry.stdout, /„Kirche und Religion“ hat keine Entsprechung/);
    assert.equal(await countListings(), 0);

    const real = await database.run(['import', 'freinet', `${fixtures}freinet-angebote.xml`, '--agency', 'FWA Pirna']);
    assert.equal(real.code, 0, real.stderr);
    assert.match(real.stdout, /neu 5, aktualisiert 0, unverändert 0 \(zur Prüfung in der Warteschlange\)/);
    assert.match(real.stderr, /5 von 5 Angeboten verarbeitet/);
    const again = await database.call(['import', 'freinet', `${fixtures}freinet-angebote.xml`, '--agency', 'FWA Pirna']);
    assert.match(again.stdout, /neu 0, aktualisiert 0, unverändert 5/);
    assert.equal(await countListings(), 5);
    const db = await database.db();
    const { rows } = await db.pool.query<{ name: string }>('SELECT DISTINCT a.name FROM opportunities o JOIN agencies a ON a.id = o.agency_id');
    assert.deepEqual(rows, [{ name: 'FWA Pirna' }], 'every imported listing belongs to the agency named');
  });

  it('refuses a malformed spreadsheet with exit code 1, naming row and column', async () => {
    const result = await database.run(['import', 'csv', `${fixtures}angebote-fehlerhaft.csv`, '--agency', 'FWA Pirna']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /3 Fehler\. Die Datei wurde abgelehnt; nichts wurde geschrieben\./);
    assert.match(result.stdout, /Zeile 3, Spalte „Kategorien“: „Tierschutzz“ ist keine bekannte Kategorie\./);
    assert.equal(await countListings(), 5);
  });

  it('fetches a Freinet export from a URL, and says so when the URL answers with an error', async () => {
    // A plain file server standing in for Freinet's read API, which this machine cannot reach.
    const xml = readFileSync(`${fixtures}freinet-angebote.xml`);
    const files = createServer((request, response) => {
      if (request.url === '/angebote.xml') response.writeHead(200, { 'Content-Type': 'application/xml' }).end(xml);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
      const fetched = await database.call(['import', 'freinet', `${base}/angebote.xml`, '--agency', 'fwa-meissen', '--dry-run']);
      assert.equal(fetched.code, 0, fetched.stderr);
      assert.match(fetched.stdout, /5 Angebote; würden: neu 5/);
      const missing = await database.call(['import', 'freinet', `${base}/fehlt.xml`, '--agency', 'FWA Meißen']);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /fehlt\.xml antwortet mit 404/);
      assert.match(missing.stderr, /Nichts wurde geschrieben/);
    } finally {
      await new Promise((resolve) => files.close(resolve));
    }
  });
});
