import type { components } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';

type OrganisationInput = components['schemas']['OrganisationInput'];

/** The contract's limit for organisation ids (slugs). */
export const maximumSlugLength = 80;
/** Namesakes that fold to the same slug get `-2`, `-3`, …; this many tries before giving up. */
const maximumSlugAttempts = 50;

const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** `Förderverein Stadtbibliothek Meißen e. V.` → `foerderverein-stadtbibliothek-meissen-e-v`. */
export function slugify(name: string, maximumLength = maximumSlugLength): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => GERMAN_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maximumLength) return slug;
  const cut = slug.slice(0, maximumLength + 1);
  const atHyphen = cut.lastIndexOf('-');
  return (atHyphen > 0 ? cut.slice(0, atHyphen) : cut.slice(0, maximumLength)).replace(/-+$/, '');
}

/** What makes two names one organisation: letters and digits only ("e.V." = "e. V."). */
export function organisationKey(name: string): string {
  return slugify(name, Number.POSITIVE_INFINITY).replaceAll('-', '');
}

/**
 * The id of the organisation with this name, created when there is none. An existing one is
 * taken as it is: an unreviewed posting never changes an organisation's published details.
 * Safe under concurrent postings of the same new organisation (the unique name key decides).
 */
export async function findOrCreateOrganisation(db: Queryable, input: OrganisationInput): Promise<string> {
  const key = organisationKey(input.name);
  const base = slugify(input.name) || 'organisation';
  for (let attempt = 1; attempt <= maximumSlugAttempts; attempt++) {
    const suffix = attempt === 1 ? '' : `-${attempt}`;
    const id = `${slugify(base, maximumSlugLength - suffix.length)}${suffix}`;
    // DO NOTHING on either unique key: on a name match the SELECT finds the existing row; on an
    // id taken by another name neither returns a row and the next suffix is tried.
    const { rows } = await db.query<{ id: string }>(
      `WITH created AS (
         INSERT INTO organisations (id, name, name_key, type, website) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id
       )
       SELECT id FROM created UNION ALL SELECT id FROM organisations WHERE name_key = $3 LIMIT 1`,
      [id, input.name, key, input.type, input.website ?? null],
    );
    if (rows[0]) return rows[0].id;
  }
  throw new Error(`No free organisation id for "${input.name}" after ${maximumSlugAttempts} attempts`);
}
