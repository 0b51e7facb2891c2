import type { TextLanguage } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { preferredLanguage } from '../http/accept-language.js';
import { isUuid } from './uuid.js';

/** The languages a listing's texts can be in, German (the original) first. */
export const textLanguages: readonly TextLanguage[] = ['de', 'en', 'uk', 'ar', 'tr', 'ru'];

/**
 * The language to answer in: `lang` when given (validated by the contract), else the first
 * language of `Accept-Language` (by q-value, then order) that listings can be written in,
 * else German. Only the primary subtag counts ("uk-UA" is Ukrainian).
 */
export function answerLanguage(lang: TextLanguage | undefined, acceptLanguage: string | undefined): TextLanguage {
  return lang ?? preferredLanguage(acceptLanguage, textLanguages, 'de');
}

/** The texts a kind of listing is translated in: what `original` keeps of the German. */
const fields = {
  opportunity: ['title', 'summary', 'description'],
  offer: ['title', 'description'],
} as const;

type Kind = keyof typeof fields;
type Texts = Partial<Record<'title' | 'summary' | 'description', string>>;

/** What a read answer (card, detail, offer) carries for this: see the contract's `textLang`. */
export interface Localizable extends Texts {
  id: string;
  textLang?: TextLanguage;
  textLanguages?: TextLanguage[];
  original?: Texts;
}

/**
 * A copy of `item` in `lang`: the translation's texts, `textLang` set to it and the German
 * texts kept as `original`; German (`textLang: 'de'`) when there is no translation into `lang`.
 * Only the fields `item` has are replaced (a card has no description).
 */
export function applyTranslation<T extends Localizable>(kind: Kind, item: T, lang: TextLanguage, translation: Texts | null | undefined): T {
  if (lang === 'de' || !translation) return { ...item, textLang: 'de' };
  const original: Texts = {};
  const copy: T = { ...item, textLang: lang };
  for (const field of fields[kind]) {
    const german = item[field];
    const translated = translation[field];
    if (german === undefined || translated === undefined) continue;
    original[field] = german;
    copy[field] = translated;
  }
  copy.original = original;
  return copy;
}

const tables: Record<Kind, string> = { opportunity: 'opportunities', offer: 'offers' };

/**
 * The page's listings in `lang`. Result rows carry only the list of languages; the texts of the
 * few listings translated into `lang` are read by primary key (one query, none for German), so
 * search results and the index's card cache stay language-free.
 */
export async function localizeItems<T extends Localizable>(db: Queryable, kind: Kind, items: readonly T[], lang: TextLanguage): Promise<T[]> {
  const wanted = lang === 'de' ? [] : items.filter((item) => item.textLanguages?.includes(lang) && isUuid(item.id)).map((item) => item.id);
  const translations = new Map<string, Texts>();
  if (wanted.length > 0) {
    const { rows } = await db.query<{ id: string; translation: Texts | null }>(
      `SELECT id::text AS id, translations -> $2::text AS translation FROM ${tables[kind]} WHERE id = ANY ($1::uuid[])`,
      [wanted, lang],
    );
    for (const row of rows) if (row.translation) translations.set(row.id, row.translation);
  }
  return items.map((item) => applyTranslation(kind, item, lang, translations.get(item.id)));
}
