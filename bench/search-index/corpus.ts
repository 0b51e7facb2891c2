/**
 * The listings of the index benchmark without a database round trip per listing: the demo
 * generator's opportunities (the ones bench:api seeds), their search documents written as the
 * opportunities trigger writes them (title A, summary + categories B, description + tasks C,
 * organisation + place D, one position per word), each word's lexemes asked of PGlite's
 * `mitmachen_german` once per distinct word. So the postings, weights and the spelling list are
 * the database's, and building a million listings takes a minute, not the seed's quarter hour.
 */
import type { Opportunity } from '@mitmachen/contract';
import type { Queryable } from '../../packages/server/src/db/database.js';
import { scheduleColumns } from '../../packages/server/src/opportunities/schedule.js';
import { generateOpportunities } from '../../packages/server/src/seed/generate.js';
import { Listings, type ListingRow } from '../../packages/server/src/search/index/listings.js';
import { sources } from '../../packages/server/src/search/index/snapshot.js';
import { Words } from '../../packages/server/src/search/index/words.js';

interface Lexed {
  folded: string;
  lexemes: string[];
}

/** Words of a text as PostgreSQL's parser splits them, near enough: runs of letters and digits. */
const wordPattern = /[\p{L}\p{N}]+/gu;
const weightLetter = ['A', 'B', 'C', 'D'] as const;

export interface Corpus {
  listings: Listings;
  words: Words;
  /** Milliseconds spent in Listings.put (the index's own work, without generating and lexing). */
  putMs: number;
  /** Some of the rows put, spread over the corpus, to put again as changes. */
  samples: ListingRow[];
}

const batch = 20_000;

export async function buildCorpus(db: Queryable, count: number, now: Date, progress: (done: number) => void): Promise<Corpus> {
  const listings = new Listings(sources.opportunity.dimensions);
  const lexicon = new Map<string, Lexed>();
  const ndoc = new Map<string, { spelling: string; n: number }>();
  let putMs = 0;
  const samples: ListingRow[] = [];
  let pending: Opportunity[] = [];
  const flush = async () => {
    const unknown = new Set<string>();
    for (const o of pending) for (const field of fields(o)) for (const w of field.matchAll(wordPattern)) if (!lexicon.has(w[0].toLowerCase())) unknown.add(w[0].toLowerCase());
    await lex(db, [...unknown], lexicon);
    const rows = pending.map((o) => toRow(o, lexicon, ndoc));
    const started = performance.now();
    for (const row of rows) listings.put(row);
    putMs += performance.now() - started;
    samples.push(...rows.filter((_, i) => i % 2000 === 0));
    pending = [];
    progress(listings.size);
  };
  for (const o of generateOpportunities(count, { now })) {
    if (o.status !== 'published') continue;
    pending.push(o);
    if (pending.length === batch) await flush();
  }
  await flush();
  const started = performance.now();
  listings.trim();
  putMs += performance.now() - started;
  const words = new Words();
  for (const [word, { spelling, n }] of ndoc) {
    const lexed = lexicon.get(word)!;
    if (lexed.lexemes[0]) words.put({ word: lexed.folded, spelling, lexeme: lexed.lexemes[0], ndoc: n });
  }
  return { listings, words, putMs, samples };
}

function fields(o: Opportunity): string[] {
  return [o.title, `${o.summary} ${o.categories.join(' ')}`, `${o.description} ${o.tasks.join(' ')}`, `${o.organisation.name} ${o.location.place ?? ''}`];
}

async function lex(db: Queryable, words: string[], into: Map<string, Lexed>): Promise<void> {
  for (let i = 0; i < words.length; i += 5000) {
    const slice = words.slice(i, i + 5000);
    const { rows } = await db.query<{ w: string; folded: string; lexemes: string[] }>(
      `SELECT w, lower(unaccent(w)) AS folded, tsvector_to_array(to_tsvector('mitmachen_german', w)) AS lexemes FROM unnest($1::text[]) AS t (w)`,
      [slice],
    );
    for (const row of rows) into.set(row.w, { folded: row.folded, lexemes: row.lexemes });
  }
}

function toRow(o: Opportunity, lexicon: Map<string, Lexed>, ndoc: Map<string, { spelling: string; n: number }>): ListingRow {
  const terms = new Map<string, { positions: string[] }>();
  let position = 0;
  const seen = new Set<string>();
  fields(o).forEach((text, f) => {
    for (const match of text.matchAll(wordPattern)) {
      const word = match[0].toLowerCase();
      position++;
      const lexed = lexicon.get(word)!;
      if (lexed.lexemes.length > 0 && !seen.has(word)) {
        seen.add(word);
        const entry = ndoc.get(word);
        if (entry) entry.n++;
        else ndoc.set(word, { spelling: word, n: 1 });
      }
      for (const lexeme of lexed.lexemes) {
        let term = terms.get(lexeme);
        if (!term) terms.set(lexeme, (term = { positions: [] }));
        // tsvectors keep up to 256 positions a lexeme, the first ones.
        if (term.positions.length < 256 && position <= 16383) term.positions.push(`${position}${f === 3 ? '' : weightLetter[f]}`);
      }
    }
  });
  const doc = [...terms].map(([lexeme, { positions }]) => `'${lexeme.replaceAll("'", "''")}':${positions.join(',')}`).join(' ');
  const schedule = scheduleColumns(o.schedule);
  const coordinates = o.location.coordinates;
  const expires = o.expiresAt ? Math.floor(Date.parse(o.expiresAt) / 86_400_000) : null;
  return {
    id: o.id,
    created: Date.parse(o.createdAt) * 1000,
    expires,
    lat: coordinates?.lat ?? null,
    lon: coordinates?.lon ?? null,
    minimum_age: o.minimumAge ?? null,
    starts: schedule.startDates.map((s) => Date.parse(s) * 1000),
    values: [o.categories, o.targetGroups, schedule.type, o.location.type, o.location.region, o.organisation.name, ['de']],
    doc,
  };
}
