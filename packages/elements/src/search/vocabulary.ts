import type {
  AgeGroup,
  Category,
  LocationType,
  OpportunityQuery,
  Region,
  ScheduleType,
  TargetGroup,
} from '@mitmachen/contract';

// The values a URL or an attribute may name. Each list is the key set of a Record over the
// contract's enum, so the compiler rejects a missing or unknown value; key order is display order.

const keys = <T extends string>(record: Record<T, true>): readonly T[] => Object.keys(record) as T[];

export const CATEGORIES = keys<Category>({
  'kinder-jugend': true,
  senioren: true,
  soziales: true,
  bildung: true,
  'sport-bewegung': true,
  kultur: true,
  'umwelt-naturschutz': true,
  tierschutz: true,
  'gesundheit-pflege': true,
  'migration-integration': true,
  inklusion: true,
  'rettung-katastrophenschutz': true,
  nachbarschaft: true,
  'politik-beteiligung': true,
  digitales: true,
  'vereinsarbeit-vorstand': true,
});

export const TARGET_GROUPS = keys<TargetGroup>({
  'young-people': true,
  seniors: true,
  families: true,
  groups: true,
  'little-german': true,
});

export const SCHEDULE_TYPES = keys<ScheduleType>({ 'one-time': true, regular: true, flexible: true });

export const LOCATION_TYPES = keys<LocationType>({ onsite: true, remote: true, hybrid: true });

export const AGE_GROUPS = keys<AgeGroup>({ 'under-18': true, '18-29': true, '30-49': true, '50-64': true, '65-plus': true });

export const REGIONS = keys<Region>({
  dresden: true,
  leipzig: true,
  chemnitz: true,
  bautzen: true,
  goerlitz: true,
  meissen: true,
  nordsachsen: true,
  'landkreis-leipzig': true,
  'saechsische-schweiz-osterzgebirge': true,
  mittelsachsen: true,
  erzgebirgskreis: true,
  vogtlandkreis: true,
  zwickau: true,
});

/** How results can be ordered; `distance` needs a place, `start` exists for opportunities only. */
export type Sort = NonNullable<OpportunityQuery['sort']>;
export const SORTS = keys<Sort>({ relevance: true, newest: true, distance: true, start: true });

/** Radius choices in km; the API's default (25) when none is chosen. */
export const RADII = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 25;

/** The organisation filter takes slugs (see the contract's `Slug`). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
