import type { OfferQuery, OfferSearchResult, OpportunityQuery, OpportunitySearchResult, PostingKind } from '@mitmachen/contract';
import type { Database } from '../../db/database.js';
import { invalidParameter } from '../../errors.js';
import { searchCenter } from '../center.js';
import { paging } from '../paging.js';
import { tokenize, type Token } from '../text-query.js';
import { Cards } from './cards.js';
import { fetchCards, fillCards } from './items.js';
import { Derived } from './derived.js';
import { Listings } from './listings.js';
import { searchListings } from './query.js';
import { organisationNames, publishedListings, sources } from './snapshot.js';
import { joinedWord, textQuery, type WordAnalysis } from './text.js';
import { Watcher, type ChangeSet } from './watcher.js';
import { Words } from './words.js';
import { wordRows } from './snapshot.js';
import { SnapshotFile } from './snapshot-store.js';
import type { IndexState } from './snapshot-file.js';
import { expansions, joinGenderMarks, type Expansions } from './recall.js';

const kinds: PostingKind[] = ['opportunity', 'offer'];

function translationKey(lang: string, word: string): string {
  return `${lang}\u0000${word}`;
}

interface State {
  version: number;
  pruned: number;
  today: number;
  now: number;
}

type FacetLists = Record<string, Array<{ value: string; count: number; label?: string }>>;

/** A search's answer with its cards still as JSON texts. */
interface Found {
  cards: string[];
  total: number;
  page: number;
  pageSize: number;
  facets: FacetLists;
  center: ReturnType<typeof searchCenter>;
  correctedQuery: string | undefined;
}

const noop = () => {};
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The members in the SQL search's result order, the cards spliced in as they are. */
function resultJson(found: Found): string {
  let json = `{"items":[${found.cards.join(',')}],"total":${found.total},"page":${found.page},"pageSize":${found.pageSize},"facets":${JSON.stringify(found.facets)}`;
  if (found.center) json += `,"center":${JSON.stringify(found.center)}`;
  if (found.correctedQuery) json += `,"correctedQuery":${JSON.stringify(found.correctedQuery)}`;
  return `${json}}`;
}

/** What every search reads first: the version it must not answer below, the service day and now. */
const stateSql = `SELECT version::text AS version, pruned_through::text AS pruned, service_today() - DATE '1970-01-01' AS today,
  (extract(epoch FROM now()) * 1000000)::float8 AS now`;

export interface SearchIndexOptions {
  /** Compounds, gendered forms, synonyms and transposed letters; off: exactly the SQL search's matches. */
  recall?: boolean;
  log?: (message: string) => void;
  /** Listings from which a search pauses between its phases (query.ts; tests lower it). */
  yieldAbove?: number;
  /** Synonym groups instead of those in search/synonyms.json (tests). */
  synonyms?: string[][];
  /**
   * A file to start from and to keep the index in (snapshot-store.ts): read at start when it
   * fits the database, written after a load, every `snapshotEveryMs` while the index moves, and
   * at stop.
   */
  snapshotFile?: string;
  snapshotEveryMs?: number;
  /** What went well (a snapshot restored): information, where `log` warns. */
  info?: (message: string) => void;
}

/**
 * The search index of one server process: loaded from a snapshot of the published listings,
 * kept current from the change log (search_changes) in version order, and never answering from
 * a version older than the database's at the moment the search began (one small query per
 * search reads it, as the SQL search's cache does). Same answers as the SQL search
 * (search/statement.ts), computed on columns and bitsets in memory.
 */
export class SearchIndex {
  private snapshot!: IndexState;
  private readonly watcher: Watcher;
  /** Each kind's listings' cards (cards.ts), by the listings they belong to: a reload brings new ones. */
  private cards = new WeakMap<Listings, Cards>();
  /** Card fills under way (fillCards); stop() waits for them. */
  private readonly filling = new Set<Promise<void>>();
  private stopped = false;
  private readonly analyses = new Map<string, WordAnalysis>();
  /** `lang` + NUL + word → the lexemes translation_search_config(lang) makes of the word. */
  private readonly translated = new Map<string, string[]>();
  private expansions: Expansions | undefined;
  /** The read under way, if any. */
  private reading: Promise<State> | undefined;
  /** The read that begins next, which a search arriving now joins. */
  private next: Promise<State> | undefined;
  readonly recall: boolean;
  private readonly yieldAbove: number | undefined;
  private readonly file: SnapshotFile | undefined;
  private readonly log: ((message: string) => void) | undefined;

  private constructor(
    private readonly db: Database,
    options: SearchIndexOptions,
  ) {
    this.recall = options.recall ?? true;
    this.yieldAbove = options.yieldAbove;
    this.log = options.log;
    this.file = options.snapshotFile === undefined ? undefined : new SnapshotFile(db, options.snapshotFile, () => this.snapshot, options);
    this.watcher = new Watcher(db, {
      applied: () => this.snapshot.version,
      apply: (changes) => this.apply(changes),
      reload: () => this.reload(),
      compact: () => this.needsCompaction(),
      ...(options.log ? { log: options.log } : {}),
      ...(options.info ? { info: options.info } : {}),
    });
  }

  /** Loads the index; it then follows the database until `stop()`. */
  static async load(db: Database, options: SearchIndexOptions = {}): Promise<SearchIndex> {
    const started = performance.now();
    const index = new SearchIndex(db, options);
    const restored = await index.file?.restore();
    if (restored) {
      index.snapshot = restored.state;
      // Brought up to the database's version from the change log (or reloaded, if the log says so).
      await index.watcher.reach(restored.version, restored.pruned);
    } else {
      await index.reload();
    }
    await index.prepare();
    const { listings } = index.stats();
    options.info?.(`search index: ${listings} listings at version ${index.version} ${restored ? 'from the snapshot and the change log' : 'loaded from the database'} in ${Math.round(performance.now() - started)} ms`);
    if (index.recall) index.expansions = await expansions(db.pool, options.synonyms);
    index.fillCards();
    index.watcher.start();
    index.file?.start();
    return index;
  }

  /** Stops following the database; with a snapshot file, writes it first if the index moved since. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.cardsFilled();
    if (this.file) {
      // The file then holds the database's last version, and the next start has nothing to catch up.
      await this.watcher.catchUp().catch((error: unknown) => this.log?.(`search index: catching up before the last snapshot failed: ${String(error)}`));
      await this.file.stop();
    }
    await this.watcher.stop();
  }

  /** Writes the snapshot file now (if one is configured and the index moved since the last). */
  async writeSnapshot(): Promise<boolean> {
    return (await this.file?.write()) ?? false;
  }

  get version(): number {
    return this.snapshot.version;
  }

  /** Listings held and bytes used (estimated from the arrays' sizes). */
  stats(): { listings: number; bytes: number } {
    let listings = 0;
    let bytes = 0;
    for (const kind of kinds) {
      listings += this.snapshot.listings[kind].size;
      bytes += this.snapshot.listings[kind].bytes();
    }
    return { listings, bytes };
  }

  async searchOpportunities(query: OpportunityQuery): Promise<OpportunitySearchResult> {
    return JSON.parse(await this.searchOpportunitiesJson(query)) as OpportunitySearchResult;
  }

  async searchOffers(query: OfferQuery): Promise<OfferSearchResult> {
    return JSON.parse(await this.searchOffersJson(query)) as OfferSearchResult;
  }

  /** The answer's JSON, byte for byte what JSON.stringify makes of the SQL search's result. */
  async searchOpportunitiesJson(query: OpportunityQuery): Promise<string> {
    const found = await this.search('opportunity', query, [query.category, query.suits, query.schedule, query.locationType, query.region, query.organisation, query.available], query.age);
    found.facets.organisation = found.facets.organisation!.map((f) => {
      const label = this.snapshot.organisations.get(f.value);
      return label === undefined ? f : { value: f.value, label, count: f.count };
    });
    return resultJson(found);
  }

  async searchOffersJson(query: OfferQuery): Promise<string> {
    return resultJson(await this.search('offer', query, [query.category, query.region, query.ageGroup, query.available], undefined));
  }

  private async search(kind: PostingKind, query: OpportunityQuery | OfferQuery, selected: Array<readonly string[] | undefined>, age: number | undefined): Promise<Found> {
    const center = searchCenter(query);
    const q = this.recall ? joinGenderMarks(query.q ?? '') : (query.q ?? '');
    const tokens = tokenize(q);
    // Strict mode joins neighbours as the SQL search does; with recall the expansions do (and more).
    const extra = this.expansions?.wordsFor(tokens) ?? tokens.slice(1).map((t, i) => joinedWord(tokens[i]!, t));
    // A reader of another language: each word also as that language's lexemes, as the SQL
    // search ORs the query in translation_search_config(lang) (translations are indexed so).
    const lang = query.lang === undefined || query.lang === 'de' ? undefined : query.lang;
    const state = await this.state([...tokens.map((t) => t.text), ...extra], lang === undefined ? [] : tokens.map((t) => t.text), lang);
    await this.watcher.reach(state.version, state.pruned);
    const snapshot = this.snapshot;
    const listings = snapshot.listings[kind];
    const analyses = tokens.map((t) => this.analyses.get(t.text)!);
    const text = textQuery(q, tokens, analyses, snapshot.words[kind], listings, {
      transpositions: this.recall,
      ...(this.expansions
        ? { expand: this.expansions.expander(listings, snapshot.words[kind], this.analyses) }
        : { joined: (a: Token, b: Token) => this.analyses.get(joinedWord(a, b)) }),
      ...(lang === undefined ? {} : { translated: (token: Token) => this.translated.get(translationKey(lang, token.text)) }),
    });
    const sort = query.sort ?? (text ? 'relevance' : 'newest');
    if (sort === 'distance' && !center) throw invalidParameter('sort', 'sorting by distance needs a place: near, or lat and lon');
    const { page, pageSize, offset } = paging(query.page, query.pageSize);
    const found = await searchListings(listings, {
      clauses: text?.clauses ?? [],
      exact: text?.exact,
      today: state.today,
      now: state.now,
      center,
      minimumAge: age,
      selected,
      sort,
      offset,
      limit: pageSize,
      ...(this.yieldAbove === undefined ? {} : { yieldAbove: this.yieldAbove }),
    });
    const cards = await fetchCards(this.db.pool, kind, listings, found.hits, this.cardsOf(listings));
    const facets = Object.fromEntries(sources[kind].dimensions.map((d, i) => [d.name, found.facets[i]!]));
    return { cards, total: found.total, page, pageSize, facets, center, correctedQuery: text?.correctedQuery };
  }

  /**
   * The database's state for a search that began now. Searches share reads: every search
   * arriving before a read begins joins it (the read then starts after they arrived, so it is no
   * older than any of them may answer from). A read begins one event-loop turn after the first
   * search asking for it, and not before the one under way has ended, so the searches parsed in
   * one turn, and those arriving while a read is out, each share one small query instead of
   * running one each. On PGlite a read finishes within the turn that began it (the database runs
   * on this thread), so without the turn's delay no two searches ever shared one.
   * Words never analysed before need a read of their own.
   */
  private state(words: string[], translate: string[] = [], lang?: string): Promise<State> {
    if (words.some((w) => !this.analyses.has(w)) || (lang !== undefined && translate.some((w) => !this.translated.has(translationKey(lang, w))))) {
      return this.readState(words, translate, lang);
    }
    if (this.next) return this.next;
    const after = this.reading ?? Promise.resolve();
    const next: Promise<State> = after
      .then(noop, noop)
      .then(turn)
      .then(() => {
        // From here on a search arrives after the read began and must wait for the next one.
        if (this.next === next) this.next = undefined;
        const read = this.readState([]);
        this.reading = read;
        const done = () => {
          if (this.reading === read) this.reading = undefined;
        };
        read.then(done, done);
        return read;
      });
    this.next = next;
    return next;
  }

  /** The database's version and day, and what its text search makes of words not seen before. */
  private async readState(words: string[], translate: string[] = [], lang?: string): Promise<State> {
    const unknown = [...new Set(words.filter((w) => !this.analyses.has(w)))];
    const foreign = lang === undefined ? [] : [...new Set(translate.filter((w) => !this.translated.has(translationKey(lang, w))))];
    // Without new words the statement is the small one, prepared once per connection: planning
    // the text functions cost more than running them.
    const { rows } = await this.db.pool.query<{
      version: string;
      pruned: string;
      today: number;
      now: number;
      words: Array<[string, string | null, string[]]> | null;
      translated: string[][] | null;
    }>(
      unknown.length === 0 && foreign.length === 0
        ? { name: 'search-index-state', text: `${stateSql}, NULL::json AS words, NULL::json AS translated FROM search_version` }
        : {
            text: `${stateSql},
              (SELECT json_agg(json_build_array(lower(unaccent(w)), (ts_lexize('german_stem', lower(unaccent(w))))[1],
                 tsvector_to_array(to_tsvector('mitmachen_german', w))) ORDER BY i)
               FROM unnest($1::text[]) WITH ORDINALITY AS t (w, i)) AS words,
              (SELECT json_agg(tsvector_to_array(to_tsvector(translation_search_config($3::text), w)) ORDER BY i)
               FROM unnest($2::text[]) WITH ORDINALITY AS t (w, i)) AS translated
             FROM search_version`,
            values: [unknown, foreign, lang ?? 'de'],
          },
    );
    const row = rows[0]!;
    // Bounded: query words are whatever people type.
    if (this.analyses.size > 50_000) this.analyses.clear();
    if (this.translated.size > 50_000) this.translated.clear();
    row.words?.forEach(([folded, lexeme, lexemes], i) => this.analyses.set(unknown[i]!, { folded, lexeme, lexemes }));
    if (lang !== undefined) row.translated?.forEach((lexemes, i) => this.translated.set(translationKey(lang, foreign[i]!), lexemes));
    return { version: Number(row.version), pruned: Number(row.pruned), today: row.today, now: row.now };
  }

  /** Loads everything afresh from one consistent snapshot, then swaps it in. */
  private async reload(): Promise<void> {
    const snapshot = await this.db.transaction(async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const { rows } = await client.query<{ version: string }>('SELECT version::text AS version FROM search_version');
      const loaded: IndexState = {
        version: Number(rows[0]!.version),
        listings: { opportunity: new Listings(sources.opportunity.dimensions), offer: new Listings(sources.offer.dimensions) },
        words: { opportunity: new Words(), offer: new Words() },
        organisations: await organisationNames(client),
      };
      for (const kind of kinds) {
        for await (const batch of publishedListings(client, sources[kind])) for (const row of batch) loaded.listings[kind].put(row);
        loaded.listings[kind].trim();
        for (const row of await wordRows(client, kind)) loaded.words[kind].put(row);
      }
      return loaded;
    });
    this.snapshot = snapshot;
    if (this.prepared) {
      await this.prepare();
      this.fillCards();
    }
  }

  /** Whether the derived data is built after each load (from the first load's end on). */
  private prepared = false;

  /**
   * Builds what every search without text reads (derived.ts: visible set, landing counts,
   * newest order) before any search needs it; from then on changes adjust it.
   */
  private async prepare(): Promise<void> {
    const { today } = await this.readState([]);
    for (const kind of kinds) Derived.of(this.snapshot.listings[kind], today);
    this.prepared = true;
  }

  /** Applies one batch of changes read from the log (the watcher reads and orders them). */
  private apply(changes: ChangeSet): void {
    const { snapshot } = this;
    for (const kind of kinds) {
      const cards = this.cardsOf(snapshot.listings[kind]);
      for (const id of [...changes.removed[kind], ...changes.listings[kind].map((r) => r.id)]) {
        const slot = snapshot.listings[kind].ids.get(id);
        if (slot !== undefined) cards.delete(slot);
      }
      for (const id of changes.removed[kind]) snapshot.listings[kind].delete(id);
      for (const row of changes.listings[kind]) snapshot.listings[kind].put(row);
      for (const word of changes.wordsRemoved[kind]) snapshot.words[kind].delete(word);
      for (const row of changes.words[kind]) snapshot.words[kind].put(row);
    }
    if (changes.organisations) {
      snapshot.organisations = changes.organisations;
      // Opportunity cards carry their organisation's name, type and website: all are read again.
      this.cards.delete(snapshot.listings.opportunity);
      this.fillCards('opportunity');
    }
    snapshot.version = changes.version;
  }

  /** The cards kept for `listings` (created empty the first time). */
  private cardsOf(listings: Listings): Cards {
    let cards = this.cards.get(listings);
    if (!cards) this.cards.set(listings, (cards = new Cards()));
    return cards;
  }

  /**
   * Reads the current listings' cards in the background (items.ts), so that searches stop
   * reading them; until then a page's missing cards are read as it is shown.
   */
  private fillCards(only?: PostingKind): void {
    for (const kind of only ? [only] : kinds) {
      const listings = this.snapshot.listings[kind];
      const cards = this.cardsOf(listings);
      const current = () => !this.stopped && this.snapshot.listings[kind] === listings && this.cards.get(listings) === cards;
      const filled = fillCards(this.db.pool, kind, listings, cards, current).catch((error: unknown) => {
        this.log?.(`search index: reading the ${kind} cards failed (they are read as shown): ${String(error)}`);
      });
      this.filling.add(filled);
      void filled.finally(() => this.filling.delete(filled));
    }
  }

  /** Resolves once every card fill begun so far has ended (tests, benchmarks). */
  async cardsFilled(): Promise<void> {
    while (this.filling.size > 0) await Promise.all([...this.filling]);
  }

  /** Whether so many slots are dead that a rebuild pays (the watcher asks after applying). */
  needsCompaction(): boolean {
    return kinds.some((kind) => {
      const listings = this.snapshot.listings[kind];
      return listings.dead > 1000 && listings.dead > listings.size / 2;
    });
  }
}
