/**
 * Looking up words from other systems and spreadsheets in our vocabularies: case, "&" versus
 * "und", hyphens, slashes and spacing do not matter.
 */
import { labels } from '../taxonomy.js';

export function fold(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' und ')
    .replace(/[\s\-/.,]+/g, ' ')
    .trim();
}

/** A lookup in a table of words: the id, null for a word mapped to nothing on purpose, undefined when unknown. */
export type Lookup<Id extends string> = (word: string) => Id | null | undefined;

export function lookupIn<Id extends string>(table: Record<string, Id | null>): Lookup<Id> {
  const folded = new Map<string, Id | null>();
  for (const [word, id] of Object.entries(table)) folded.set(fold(word), id);
  return (word) => folded.get(fold(word));
}

/** Our own ids and their German and English labels, each naming the id. */
export function taxonomyLookup<Id extends string>(vocabulary: Record<Id, { de: string; en: string }>, extra: Record<string, Id> = {}): Lookup<Id> {
  const table: Record<string, Id> = { ...extra };
  for (const [id, label] of Object.entries(vocabulary) as [Id, { de: string; en: string }][]) {
    table[id] = id;
    table[label.de] = id;
    table[label.en] = id;
  }
  return lookupIn(table);
}

export const vocabularies = {
  categories: taxonomyLookup(labels.categories),
  targetGroups: taxonomyLookup(labels.targetGroups, { Jugendliche: 'young-people', Senioren: 'seniors', Familien: 'families', Gruppen: 'groups' }),
  benefits: taxonomyLookup(labels.benefits, { Einarbeitung: 'training', Schulungen: 'training', Versicherung: 'insurance', Nachweis: 'certificate', Begleitung: 'supervision' }),
  accessibilityFeatures: taxonomyLookup(labels.accessibilityFeatures, { stufenlos: 'step-free', rollstuhlgerecht: 'step-free', 'Leichte Sprache': 'easy-language', ÖPNV: 'public-transport' }),
  organisationTypes: taxonomyLookup(labels.organisationTypes, { 'e. V.': 'verein', gGmbH: 'gemeinnuetzige-gmbh', Kirchgemeinde: 'kirchengemeinde', Stadt: 'kommune', Gemeinde: 'kommune' }),
  locationTypes: taxonomyLookup(labels.locationTypes, { 'vor Ort': 'onsite', online: 'remote', hybrid: 'hybrid', digital: 'remote' }),
  scheduleTypes: taxonomyLookup(labels.scheduleTypes),
  regions: taxonomyLookup(labels.regions, { 'Landkreis Leipzig': 'landkreis-leipzig', Bautzen: 'bautzen', Görlitz: 'goerlitz', Meißen: 'meissen', Zwickau: 'zwickau' }),
};

/** `ja`, `x`, `1`, `true` are yes; empty, `nein`, `0`, `false` are no; anything else undefined. */
export function yesNo(value: string): boolean | undefined {
  const word = fold(value);
  if (['ja', 'j', 'x', '1', 'true', 'yes', 'wahr'].includes(word)) return true;
  if (['', 'nein', 'n', '0', 'false', 'no', 'falsch'].includes(word)) return false;
  return undefined;
}

/** A time of day in Berlin as an ISO timestamp with its offset (`2031-06-14T09:00:00+02:00`). */
export function berlinTimestamp(year: number, month: number, day: number, hour = 0, minute = 0): string | undefined {
  const utcGuess = Date.UTC(year, month - 1, day, hour, minute);
  const probe = new Date(utcGuess);
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  const offsetMinutes = berlinOffsetMinutes(new Date(utcGuess - 60 * 60 * 1000));
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}

const berlinFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });
function berlinOffsetMinutes(at: Date): number {
  const name = berlinFormat.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
