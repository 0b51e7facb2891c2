/**
 * The index's snapshot file: a server that starts from it answers exactly as one that loaded
 * every listing from the database, including listings changed after the file was written; a
 * file that is damaged, from another database, or older than the change log reaches back is
 * not used (the index loads from the database instead).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { OpportunityQuery } from '@mitmachen/contract';
import { SearchIndex, type SearchIndexOptions } from '../../packages/server/src/search/index/engine.js';
import { snapshotHeader } from '../../packages/server/src/search/index/snapshot-file.js';
import { startServer } from '../../packages/server/src/server.js';
import { seedDatabase } from '../../packages/server/src/seed/load.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { testServerConfig } from '../support/server.js';
import { publishOffer, publishOpportunity } from './search-fixtures.js';

const searches: OpportunityQuery[] = [
  {},
  { q: 'hund' },
  { q: 'Kletterhalle' },
  { q: 'Garten helfen', pageSize: 50 },
  { q: 'senioren', category: ['soziales'] },
  { category: ['sport-bewegung'], suits: ['young-people'], sort: 'newest' },
  { lat: 51.05, lon: 13.74, radiusKm: 15, sort: 'distance' },
  { q: 'hnud' },
  { region: ['dresden'], page: 2, pageSize: 5 },
];

describe('search index: snapshot file', () => {
  let test: TestDatabase;
  let folder: string;
  let file: string;
  const opened: SearchIndex[] = [];
  let added: string;
  let withdrawn: string;

  async function load(options: SearchIndexOptions = {}): Promise<{ index: SearchIndex; notes: string[] }> {
    const notes: string[] = [];
    const index = await SearchIndex.load(test.db, { log: (m) => notes.push(m), info: (m) => notes.push(m), ...options });
    opened.push(index);
    return { index, notes };
  }

  /** What a citizen sees for each search, and the offers too. */
  async function answers(index: SearchIndex): Promise<unknown[]> {
    const found: unknown[] = [];
    for (const query of searches) found.push(await index.searchOpportunitiesJson(query));
    found.push(await index.searchOffersJson({}), await index.searchOffersJson({ q: 'garten' }));
    return found;
  }

  before(async () => {
    test = await openTestDatabase();
    await seedDatabase(test.db, { opportunities: 400, offers: 40, seed: 20261205 });
    folder = await mkdtemp(join(tmpdir(), 'mitmachen-snapshot-'));
    file = join(folder, 'index.snapshot');
    const { index } = await load({ snapshotFile: file });
    await index.stop();
    // Changed after the file was written: a new listing, one withdrawn, one edited, an organisation renamed, an offer.
    added = await publishOpportunity(test.db.pool, { title: 'Kletterhalle: Sicherung für Kinder übernehmen', categories: ['sport-bewegung'] });
    const { rows } = await test.db.pool.query<{ id: string }>(
      "SELECT id::text AS id FROM opportunities WHERE status = 'published' AND search @@ to_tsquery('mitmachen_german', 'hund') ORDER BY id LIMIT 2",
    );
    withdrawn = rows[0]!.id;
    await test.db.pool.query("UPDATE opportunities SET status = 'expired' WHERE id = $1", [withdrawn]);
    await test.db.pool.query("UPDATE opportunities SET title = 'Gartenprojekt: Kletterhalle im Hof bauen' WHERE id = $1", [rows[1]!.id]);
    await test.db.pool.query("UPDATE organisations SET name = name || ' (neu)' WHERE id = (SELECT organisation_id FROM opportunities WHERE id = $1)", [rows[1]!.id]);
    await publishOffer(test.db.pool, { title: 'Ich helfe im Garten und beim Klettern' });
  });
  after(async () => {
    for (const index of opened) await index.stop();
    await test?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('a restart from the snapshot answers as a full load does, changes made after it was written included', async () => {
    const { index: restored, notes } = await load({ snapshotFile: file });
    assert.ok(
      notes.some((n) => n.includes('read snapshot')),
      notes.join('\n'),
    );
    const { index: loaded } = await load();
    assert.equal(restored.version, loaded.version);
    assert.deepEqual(await answers(restored), await answers(loaded));
    const climbing = await restored.searchOpportunities({ q: 'Kletterhalle' });
    assert.ok(climbing.items.some((item) => item.id === added), 'the listing published after the snapshot is found');
    const dogs = await restored.searchOpportunities({ q: 'hund', pageSize: 50 });
    assert.ok(dogs.total > 0);
    assert.ok(!dogs.items.some((item) => item.id === withdrawn), 'the listing withdrawn after the snapshot is gone');
    // Both go on following the database alike.
    const later = await publishOpportunity(test.db.pool, { title: 'Kletterhalle: Wandbetreuung am Wochenende' });
    const [a, b] = [await restored.searchOpportunities({ q: 'Kletterhalle' }), await loaded.searchOpportunities({ q: 'Kletterhalle' })];
    assert.deepEqual(a, b);
    assert.ok(a.items.some((item) => item.id === later));
  });

  it('writes the moved index again (and not an unchanged one), and the written file restores that version', async () => {
    const { index } = await load({ snapshotFile: file });
    assert.equal(await index.writeSnapshot(), false, 'nothing moved since it was read and caught up');
    await publishOpportunity(test.db.pool, { title: 'Kletterhalle: Kasse am Sonntag' });
    await index.searchOpportunities({ q: 'Kletterhalle' });
    assert.equal(await index.writeSnapshot(), true);
    const { index: restored, notes } = await load({ snapshotFile: file });
    assert.ok(notes.some((n) => n.includes(`read snapshot ${file} (version ${index.version},`)), notes.join('\n'));
    assert.deepEqual(await answers(restored), await answers(index));
  });

  it('a damaged file is not used: the index loads from the database and answers the same', async () => {
    const { index: loaded } = await load();
    const bytes = await readFile(file);
    const damaged = join(folder, 'damaged.snapshot');
    bytes[Math.floor(bytes.length / 2)]! ^= 0x5a;
    await writeFile(damaged, bytes);
    const { index, notes } = await load({ snapshotFile: damaged });
    assert.ok(notes.some((n) => n.includes('not used (the snapshot is damaged')), notes.join('\n'));
    assert.deepEqual(await answers(index), await answers(loaded));
    const truncated = join(folder, 'truncated.snapshot');
    await writeFile(truncated, bytes.subarray(0, 100));
    const second = await load({ snapshotFile: truncated });
    assert.ok(second.notes.some((n) => n.includes('not used')), second.notes.join('\n'));
    assert.deepEqual(await answers(second.index), await answers(loaded));
  });

  it('a file the change log no longer reaches back to, or from another database, is not used', async () => {
    const { index: writer } = await load({ snapshotFile: file });
    await publishOpportunity(test.db.pool, { title: 'Kletterhalle: Griffe putzen' });
    await writer.searchOpportunities({ q: 'Kletterhalle' });
    await writer.writeSnapshot();
    await publishOpportunity(test.db.pool, { title: 'Kletterhalle: Routen schrauben' });
    await test.db.pool.query('UPDATE search_version SET pruned_through = version');
    const pruned = await load({ snapshotFile: join(folder, 'index.snapshot') });
    assert.ok(pruned.notes.some((n) => n.includes('the change log no longer reaches back')), pruned.notes.join('\n'));
    const { index: loaded } = await load();
    assert.deepEqual(await answers(pruned.index), await answers(loaded));

    // Every index opened so far has written what it holds (none writes again for minutes).
    for (const index of opened) await index.writeSnapshot();
    await test.db.pool.query('UPDATE search_version SET database_id = gen_random_uuid()');
    const other = await load({ snapshotFile: file });
    assert.ok(other.notes.some((n) => n.includes('written from another database')), other.notes.join('\n'));
    assert.deepEqual(await answers(other.index), await answers(loaded));
  });

  it('a server with MITMACHEN_SEARCH_SNAPSHOT writes the file when it stops, and the next one starts from it and answers current listings', async () => {
    const serverFile = join(folder, 'server.snapshot');
    const config = testServerConfig({ seed: { opportunities: 0, offers: 0 }, env: { MITMACHEN_SEARCH_SNAPSHOT: serverFile } });
    const first = await startServer(config, { database: Promise.resolve(test.db) });
    await first.ready;
    await first.close();
    const { rows } = await test.db.pool.query<{ version: string }>('SELECT version::text AS version FROM search_version');
    assert.equal(snapshotHeader(await readFile(serverFile)).header.version, Number(rows[0]!.version), 'written at the version it stopped at');
    const id = await publishOpportunity(test.db.pool, { title: 'Kletterhalle: Eingang betreuen' });
    const second = await startServer(config, { database: Promise.resolve(test.db) });
    try {
      await second.ready;
      const health = await fetch(`${second.url}/health`);
      assert.equal(health.status, 200);
      const answer = await fetch(`${second.url}/v1/opportunities?q=Kletterhalle&pageSize=50`);
      const body = (await answer.json()) as { items: Array<{ id: string }> };
      assert.ok(body.items.some((item) => item.id === id), 'the listing published while no server ran is found');
      const { index: loaded } = await load();
      assert.deepEqual(body, JSON.parse(await loaded.searchOpportunitiesJson({ q: 'Kletterhalle', pageSize: 50 })));
    } finally {
      await second.close();
    }
  });
});
