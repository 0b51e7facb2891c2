/**
 * Where the index deliberately finds more than the SQL search: German compounds written
 * together, apart or hyphenated; gendered forms of a word; letters swapped while typing. Each
 * case shows the SQL search's answer beside the index's, so the difference is on record.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpportunityQuery } from '@mitmachen/contract';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { SearchIndex } from '../../packages/server/src/search/index/engine.js';
import { registerSearchIndex } from '../../packages/server/src/search/index/registry.js';
import { seedDatabase } from '../../packages/server/src/seed/load.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { publishOpportunity } from './search-fixtures.js';

describe('search index: recall beyond the SQL search', () => {
  let test: TestDatabase;
  let index: SearchIndex;
  const ids: Record<string, string> = {};
  /** The ids of the index's and of the SQL search's first 50 results. */
  const both = async (q: string) => {
    const query: OpportunityQuery = { q, pageSize: 50 };
    registerSearchIndex(test.db.pool, index);
    const indexed = await searchOpportunities(test.db.pool, query);
    registerSearchIndex(test.db.pool, undefined);
    const sql = await searchOpportunities(test.db.pool, query);
    return { index: indexed.items.map((item) => item.id), sql: sql.items.map((item) => item.id), corrected: indexed.correctedQuery };
  };

  before(async () => {
    test = await openTestDatabase();
    await seedDatabase(test.db, { opportunities: 300, offers: 30, seed: 20261204 });
    const db = test.db.pool;
    // Published after the index loaded: they reach it through the change log.
    index = await SearchIndex.load(test.db, { synonyms: [['flüchtlinge', 'geflüchtete'], ['senioren', 'ältere menschen']] });
    ids.together = await publishOpportunity(db, { title: 'Fußballtraining für die E-Jugend leiten', categories: ['sport-bewegung'] });
    ids.hyphen = await publishOpportunity(db, { title: 'Co-Trainer beim Fußball-Training am Samstag', categories: ['sport-bewegung'] });
    ids.apart = await publishOpportunity(db, { title: 'Fußball und Training für Kinder im Verein', categories: ['sport-bewegung'] });
    ids.patin = await publishOpportunity(db, { title: 'Lesepatin für die Grundschule gesucht', categories: ['bildung'] });
    ids.paten = await publishOpportunity(db, { title: 'Lesepaten für die Stadtbibliothek', categories: ['bildung'] });
    ids.pate = await publishOpportunity(db, { title: 'Werden Sie Lesepate im Kindergarten', categories: ['bildung'] });
    ids.refugees = await publishOpportunity(db, { title: 'Sprachcafé mit Geflüchteten im Stadtteil', categories: ['kultur'] });
    ids.elderly = await publishOpportunity(db, { title: 'Vorlesen für ältere Menschen im Pflegeheim', categories: ['kultur'] });
    ids.dog = await publishOpportunity(db, { title: 'Gassigehen mit einem Hund aus dem Tierheim', categories: ['tierschutz'] });
  });
  after(async () => {
    await index?.stop();
    await test?.close();
  });

  // The SQL search joins neighbours ("Fussball Training" → fussballtraining) but splits no compound.
  const compounds: Array<[string, boolean]> = [
    ['Fussball Training', true],
    ['Fußballtraining', false],
    ['Fußball-Training', true],
  ];
  for (const [q, sqlFindsAll] of compounds) {
    it(`"${q}" finds football coaching however the compound is written (SQL: ${sqlFindsAll ? 'also' : 'not'})`, async () => {
      const found = await both(q);
      for (const id of [ids.together!, ids.hyphen!, ids.apart!]) assert.ok(found.index.includes(id), `${q} misses ${id}`);
      assert.equal(found.sql.filter((id) => [ids.together, ids.hyphen, ids.apart].includes(id)).length === 3, sqlFindsAll);
    });
  }

  // The last word is a prefix: "Lesepate" and "Lesepaten" (lexeme lesepat) reach "Lesepatin" in
  // the SQL search too, but "Lesepatin" and "Lesepatinnen" do not reach "Lesepate(n)" there.
  const gendered: Array<[string, boolean]> = [
    ['Lesepatin', false],
    ['Lesepate', true],
    ['Lesepat*innen', false],
    ['Lesepaten', true],
    ['Lesepatinnen', false],
  ];
  for (const [q, sqlFindsAll] of gendered) {
    it(`"${q}" finds the reading mentors of every gender (SQL: ${sqlFindsAll ? 'also' : 'not'})`, async () => {
      const found = await both(q);
      for (const id of [ids.patin!, ids.paten!, ids.pate!]) assert.ok(found.index.includes(id), `${q} misses ${id}`);
      assert.equal(found.sql.filter((id) => [ids.patin, ids.paten, ids.pate].includes(id)).length === 3, sqlFindsAll);
    });
  }

  it('a synonym group: "Flüchtlinge" finds "Geflüchtete", "Senioren" finds "ältere Menschen" and back', async () => {
    assert.ok((await both('Flüchtlinge')).index.includes(ids.refugees!));
    assert.ok(!(await both('Flüchtlinge')).sql.includes(ids.refugees!));
    assert.ok((await both('Senioren')).index.includes(ids.elderly!));
    assert.ok(!(await both('Senioren')).sql.includes(ids.elderly!));
    const back = await both('ältere Menschen');
    assert.ok(back.index.includes(ids.elderly!));
  });

  it('"hnud" (two letters swapped) finds the dog and says it searched for "hund"', async () => {
    const found = await both('hnud');
    assert.ok(found.index.includes(ids.dog!));
    assert.equal(found.corrected, 'hund');
    // Trigrams of a four-letter word with a swap barely overlap: the SQL search finds nothing.
    assert.ok(!found.sql.includes(ids.dog!));
  });
});
