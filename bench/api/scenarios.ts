/**
 * The search requests the API benchmark sends: three kinds of search a widget on a town's site
 * makes, each as thousands of different, realistic URLs in a fixed shuffled order.
 *
 * The server keeps the last `searchCacheEntries` search results in memory. Each list is far
 * longer than that and is sent round-robin, so by the time a URL comes round again it has long
 * left the cache: every measured request is a real search, never a cache hit.
 */
import type { Category, Region, ScheduleType, TargetGroup } from '@mitmachen/contract';
import { searchCacheEntries } from '../../packages/server/src/search/cache.js';
import { shuffled } from '../lib/shuffle.js';

export interface Scenario {
  name: string;
  description: string;
  /** Every request of the scenario, in the order sent. */
  paths: readonly string[];
  /** A few requests that together use every query word or place once, checked before the load. */
  probe: readonly string[];
  /** The same few requests over and over (the landing search): exempt from the no-cache-hit rule. */
  repeats?: boolean;
}

/** German searches as people type them: single words, phrases, umlauts, and typos. */
const queries = [
  'hund',
  'Hunde',
  'gassi gehen',
  'senioren',
  'Senoren',
  'besuchsdienst',
  'garten',
  'Gemeinschaftsgarten',
  'nachhilfe',
  'Nachilfe',
  'hausaufgabenhilfe',
  'vorlesen',
  'Lesepate',
  'Sprachcafé',
  'sprachcafe',
  'Deutschkurs',
  'deutsch unterrichten',
  'geflüchtete',
  'Gefluechtete',
  'tafel',
  'Lebensmittel',
  'fußball',
  'Fussball Training',
  'Trainer Jugend',
  'feuerwehr',
  'Feuerwer',
  'erste hilfe',
  'Blutspende',
  'Repair Café',
  'reparieren',
  'Fahrrad',
  'müll sammeln',
  'Umweltschutz',
  'Kröten',
  'Museum',
  'Stadtführung',
  'Konzert',
  'smartphone',
  'Computerhilfe',
  'Kassenwart',
  'Vorstand',
  'behinderung',
  'Freizeitbegleitung',
  'Straßenfest',
  'kinder',
] as const;

/** Saxon towns as people write them (with and without umlauts, lowercase too). */
const towns = [
  'Dresden',
  'Leipzig',
  'Chemnitz',
  'Pirna',
  'pirna',
  'Freital',
  'Radebeul',
  'Meißen',
  'Meissen',
  'Riesa',
  'Bautzen',
  'Hoyerswerda',
  'Kamenz',
  'Görlitz',
  'Goerlitz',
  'Zittau',
  'Löbau',
  'Freiberg',
  'Döbeln',
  'Mittweida',
  'Zwickau',
  'Plauen',
  'Annaberg-Buchholz',
  'Torgau',
  'Delitzsch',
  'Grimma',
  'Borna',
  'Glauchau',
  'Sebnitz',
] as const;

const regions: readonly Region[] = [
  'dresden',
  'leipzig',
  'chemnitz',
  'bautzen',
  'goerlitz',
  'meissen',
  'nordsachsen',
  'landkreis-leipzig',
  'saechsische-schweiz-osterzgebirge',
  'mittelsachsen',
  'erzgebirgskreis',
  'vogtlandkreis',
  'zwickau',
];

const categories: readonly Category[] = [
  'kinder-jugend',
  'senioren',
  'soziales',
  'bildung',
  'sport-bewegung',
  'kultur',
  'umwelt-naturschutz',
  'tierschutz',
  'gesundheit-pflege',
  'migration-integration',
  'inklusion',
  'rettung-katastrophenschutz',
  'nachbarschaft',
  'politik-beteiligung',
  'digitales',
  'vereinsarbeit-vorstand',
];

const targetGroups: readonly TargetGroup[] = ['young-people', 'seniors', 'families', 'groups', 'little-german'];
const scheduleTypes: readonly ScheduleType[] = ['one-time', 'regular', 'flexible'];
const radii = [5, 10, 15, 20, 25, 30] as const;
/** Words a radius search is sometimes narrowed by. */
const radiusQueries = ['hund', 'senioren', 'garten', 'nachhilfe', 'feuerwehr', 'Sprachcafé'] as const;

type Parameters = Record<string, string | number | readonly string[] | undefined>;

function path(parameters: Parameters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  return `/v1/opportunities?${search.toString()}`;
}

/** `undefined` (the filter left out) followed by every value. */
const optional = <T>(values: readonly T[]): Array<T | undefined> => [undefined, ...values];

function textSearch(): Scenario {
  const paths: string[] = [];
  for (const q of queries) {
    for (const region of optional(regions)) {
      for (const page of [1, 2]) paths.push(path({ q, region, page: page === 1 ? undefined : page }));
    }
  }
  return {
    name: 'text',
    description: `full-text search: ${queries.length} German queries (typos included), alone or in one district, pages 1–2`,
    paths: shuffled(paths, 1),
    probe: queries.map((q) => path({ q })),
  };
}

function filterSearch(): Scenario {
  const paths: string[] = [];
  for (const category of optional(categories)) {
    for (const suits of optional(targetGroups)) {
      for (const schedule of optional(scheduleTypes)) {
        for (const region of optional(regions)) {
          if (category === undefined && suits === undefined && schedule === undefined && region === undefined) continue;
          paths.push(path({ category, suits, schedule, region }));
        }
      }
    }
  }
  const order = shuffled(paths, 2);
  return {
    name: 'filter+facet',
    description: 'no text; category × target group × schedule × district filters, each with all facet counts',
    paths: order,
    probe: order.slice(0, 20),
  };
}

function radiusSearch(): Scenario {
  const paths: string[] = [];
  for (const near of towns) {
    for (const radiusKm of radii) {
      for (const category of optional(categories)) paths.push(path({ near, radiusKm, category, sort: 'distance' }));
      for (const q of radiusQueries) paths.push(path({ q, near, radiusKm, sort: 'distance' }));
    }
  }
  return {
    name: 'radius',
    description: `near one of ${towns.length} Saxon towns within 5–30 km, by distance, some with a category or a word`,
    paths: shuffled(paths, 3),
    probe: towns.map((near) => path({ near, radiusKm: 10, sort: 'distance' })),
  };
}

/** The element's page size when `page-size` is not set (packages/elements/src/search/search.ts). */
const elementPageSize = 12;

/**
 * What every visitor's first look sends: the search element with nothing typed or chosen asks
 * for page 1 at its default page size, and every answer carries all facet counts. German and
 * English pages, and the offers' search. The same few URLs over and over: on the index, the
 * total and facet counts are kept per change and day (search/index/query.ts), so this measures
 * serving them; the SQL search answers repeats from its version-keyed cache, as in a deployment.
 */
function landingSearch(): Scenario {
  const paths = [
    path({ page: 1, pageSize: elementPageSize }),
    path({ page: 1, pageSize: elementPageSize, lang: 'en' }),
    path({ page: 1, pageSize: elementPageSize }).replace('/v1/opportunities', '/v1/offers'),
  ];
  return {
    name: 'landing',
    description: `no text, no filter: page 1 of ${elementPageSize} with every facet count (opportunities in German and English, offers)`,
    paths,
    probe: paths,
    repeats: true,
  };
}

export function searchScenarios(): Scenario[] {
  const scenarios = [textSearch(), filterSearch(), radiusSearch(), landingSearch()];
  for (const scenario of scenarios) {
    if (scenario.repeats) continue;
    // The guarantee in the module comment: a repeat comes only after more different searches than the cache holds.
    if (scenario.paths.length <= searchCacheEntries * 2) {
      throw new Error(`scenario ${scenario.name} has ${scenario.paths.length} requests; it needs far more than the cache's ${searchCacheEntries}`);
    }
  }
  return scenarios;
}
