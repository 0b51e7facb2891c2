import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpportunityQuery } from '@mitmachen/contract';
import { getOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import type { TestDatabase } from '../support/database.js';
import { allPages, openSeededDatabase, publishOpportunity } from './search-fixtures.js';

describe('opportunity search: text', () => {
  let test: TestDatabase;
  const ids: Record<string, string> = {};
  const search = (query: OpportunityQuery) => searchOpportunities(test.db.pool, query);
  /** The ids of every result, in order, over all pages. */
  const idsOf = async (query: OpportunityQuery) =>
    (await allPages((page, pageSize) => search({ ...query, page, pageSize }))).items.map((item) => item.id);

  before(async () => {
    test = await openSeededDatabase();
    const db = test.db.pool;
    ids.seniors = await publishOpportunity(db, {
      title: 'Besuchsdienst für Senioren im Stadtteil',
      summary: 'Besuchen Sie ältere Menschen, die allein leben, und schenken Sie ihnen Zeit.',
      categories: ['senioren'],
    });
    ids.streetFestival = await publishOpportunity(db, {
      title: 'Helfende Hände für unser Straßenfest',
      summary: 'Auf- und Abbau, Kuchenstand und Kinderschminken beim jährlichen Fest.',
      categories: ['nachbarschaft'],
    });
    ids.dog = await publishOpportunity(db, {
      title: 'Gassigehen mit einem Hund aus dem Tierheim',
      summary: 'Ein bis zwei Stunden pro Woche mit einem Tierheimhund spazieren gehen.',
      categories: ['tierschutz'],
      location: { type: 'onsite', address: { postalCode: '01796', city: 'Pirna' } },
    });
    ids.rescueDogs = await publishOpportunity(db, {
      title: 'Mitglied für die Rettungshundestaffel gesucht',
      summary: 'Suchen Sie mit Ihrem Hundestaffel-Team vermisste Menschen in der Oberlausitz.',
      categories: ['rettung-katastrophenschutz'],
      location: { type: 'onsite', address: { postalCode: '02826', city: 'Görlitz' } },
    });
    ids.goerlitzDog = await publishOpportunity(db, {
      title: 'Hundeschule sucht Übungshelfer',
      summary: 'Unterstützen Sie Welpenkurse am Wochenende.',
      categories: ['tierschutz'],
      location: { type: 'onsite', address: { postalCode: '02826', city: 'Görlitz' } },
    });
    ids.calligraphyTitle = await publishOpportunity(db, {
      title: 'Kalligraphie für Kinder anleiten',
      summary: 'Zeigen Sie Kindern, wie man mit Feder und Tinte schreibt.',
    });
    ids.calligraphyDescription = await publishOpportunity(db, {
      title: 'Bastelnachmittag in der Bibliothek',
      summary: 'Helfen Sie beim Bastelnachmittag für Familien.',
      description: 'Wir basteln, malen und probieren manchmal auch Kalligraphie aus. Material ist vorhanden.',
    });
  });
  after(() => test?.close());

  it('finds inflected forms through German stemming: "Hunde" finds a listing about "einem Hund"', async () => {
    assert.ok((await idsOf({ q: 'Hunde' })).includes(ids.dog!));
  });

  it('finds dog listings for lower-case "hund", and every result really is about dogs', async () => {
    const all = await idsOf({ q: 'hund' });
    for (const wanted of [ids.dog, ids.goerlitzDog]) assert.ok(all.includes(wanted!));
    const result = await search({ q: 'hund', pageSize: 50 });
    assert.ok(result.total >= 3, `only ${result.total} results`);
    for (const item of result.items) {
      const full = await getOpportunity(test.db.pool, item.id);
      const text = [full?.title, full?.summary, full?.description, ...(full?.tasks ?? []), full?.organisation.name].join(' ');
      assert.match(text, /hund/i, `"${item.title}" does not mention a dog`);
    }
  });

  it('treats the last word as a prefix while typing: "Hundest" finds "Hundestaffel"', async () => {
    assert.ok((await idsOf({ q: 'Hundest' })).includes(ids.rescueDogs!));
  });

  it('corrects a typo to a word the listings use: "Senoren" finds the senior listings', async () => {
    const typo = await search({ q: 'Senoren', pageSize: 50 });
    const right = await search({ q: 'Senioren', pageSize: 50 });
    assert.equal(typo.correctedQuery, 'Senioren');
    assert.equal(right.correctedQuery, undefined);
    assert.ok(typo.total > 0);
    assert.equal(typo.total, right.total);
    assert.deepEqual(typo.items.map((item) => item.id), right.items.map((item) => item.id));
    assert.ok((await idsOf({ q: 'Senoren' })).includes(ids.seniors!));
  });

  it('keeps the rest of the query when correcting one word', async () => {
    const result = await search({ q: 'Besuchsdienst  Senoren!' });
    assert.equal(result.correctedQuery, 'Besuchsdienst  Senioren!');
    assert.deepEqual(await idsOf({ q: 'Besuchsdienst Senoren' }), await idsOf({ q: 'Besuchsdienst Senioren' }));
    assert.ok((await idsOf({ q: 'Besuchsdienst Senoren Stadtteil' })).includes(ids.seniors!));
  });

  it('finds "Straßenfest" when typed as "Strassenfest", with no correction needed', async () => {
    const typed = await search({ q: 'Strassenfest' });
    assert.equal(typed.correctedQuery, undefined);
    assert.ok((await idsOf({ q: 'Strassenfest' })).includes(ids.streetFestival!));
    assert.deepEqual(await idsOf({ q: 'Strassenfest' }), await idsOf({ q: 'Straßenfest' }));
  });

  it('finds places written without umlauts: "Gorlitz" and "Goerlitz" search like "Görlitz"', async () => {
    const expected = await idsOf({ q: 'Görlitz' });
    assert.ok(expected.includes(ids.goerlitzDog!) && expected.includes(ids.rescueDogs!));
    assert.deepEqual(await idsOf({ q: 'Gorlitz' }), expected);
    assert.deepEqual(await idsOf({ q: 'Goerlitz' }), expected);
  });

  it('requires every word: "Hund Görlitz" finds the Görlitz dog school, not the dog walk in Pirna', async () => {
    const found = await idsOf({ q: 'Hundeschule Görlitz' });
    assert.ok(found.includes(ids.goerlitzDog!));
    assert.ok(!found.includes(ids.dog!));
  });

  it('returns nothing for nonsense instead of a garbage match', async () => {
    for (const q of ['xqzjv', 'qwrtzpf', 'zzzzzzzz']) {
      const result = await search({ q });
      assert.equal(result.total, 0, q);
      assert.deepEqual(result.items, []);
      assert.equal(result.correctedQuery, undefined);
      assert.deepEqual(result.facets.category, []);
    }
  });

  it('ranks a title match above a mention in the description', async () => {
    const result = await search({ q: 'Kalligraphie' });
    assert.deepEqual(result.items.map((item) => item.id), [ids.calligraphyTitle, ids.calligraphyDescription]);
  });

  it('sorts by relevance with a query, by newest without one', async () => {
    const withText = await search({ q: 'Kalligraphie', sort: 'newest' });
    assert.deepEqual(withText.items.map((item) => item.id), [ids.calligraphyDescription, ids.calligraphyTitle]);
    const plain = await search({ pageSize: 50 });
    const created = plain.items.map((item) => item.createdAt);
    assert.deepEqual(created, [...created].sort().reverse());
  });

  it('ignores a query of stop words only, instead of finding nothing', async () => {
    const everything = await search({});
    const stopWords = await search({ q: 'und die der' });
    assert.equal(stopWords.total, everything.total);
  });

  it('learns the words of a newly approved listing at once, so its typos find it too', async () => {
    const id = await publishOpportunity(test.db.pool, {
      title: 'Origamiwerkstatt im Jugendhaus begleiten',
      summary: 'Falten Sie mit Jugendlichen Papierkraniche und andere Figuren.',
    });
    const result = await search({ q: 'Origamiwerkstat' });
    assert.deepEqual(result.items.map((item) => item.id), [id]);
    const typo = await search({ q: 'Origamiwerkstadt Jugendhaus' });
    assert.equal(typo.correctedQuery, 'Origamiwerkstatt Jugendhaus');
    assert.deepEqual(typo.items.map((item) => item.id), [id]);
  });
});
