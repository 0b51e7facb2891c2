import type { Organisation } from '@mitmachen/contract';
import type { SeedTown } from './towns.js';
import { DISTRICT_SHORT_NAME } from './towns.js';
import type { OrganisationTemplate } from './theme.js';
import { fill } from './texts.js';
import { hashString, slugify } from './slug.js';

const MAX_NAME_LENGTH = 160;
const MAX_ID_LENGTH = 80;
const MAX_HOST_LABEL_LENGTH = 40;
const TLDS = ['org', 'com', 'net'] as const;

/**
 * The organisations of one generator run, one object per name: every posting of
 * "Tafel Zwickau e. V." carries the same id, type and website. Everything about an
 * organisation follows from its name, so two runs agree without sharing state.
 */
export function organisationRegistry(): (template: OrganisationTemplate, town: SeedTown) => Organisation {
  const byName = new Map<string, Organisation>();
  return (template, town) => {
    const name = fill(template.name, { town: town.name, org: '', district: DISTRICT_SHORT_NAME[town.region] }).slice(
      0,
      MAX_NAME_LENGTH,
    );
    let organisation = byName.get(name);
    if (!organisation) {
      organisation = { id: organisationId(name), name, type: template.type };
      const website = websiteOf(name);
      if (website) organisation.website = website;
      byName.set(name, organisation);
    }
    return organisation;
  };
}

/**
 * The slug of the name without its legal form: "Tafel Zwickau e. V." → "tafel-zwickau". A slug
 * cut short ends in a hash of the whole name, so long names that begin alike stay apart.
 */
export function organisationId(name: string): string {
  return shortSlug(name, MAX_ID_LENGTH);
}

/** One organisation in five has no website; the rest live under the example domains. */
function websiteOf(name: string): string | undefined {
  const hash = hashString(name);
  if (hash % 5 === 0) return undefined;
  return `https://${shortSlug(name, MAX_HOST_LABEL_LENGTH)}.example.${TLDS[(hash >>> 8) % TLDS.length]}/`;
}

function shortSlug(name: string, maxLength: number): string {
  const slug = slugify(name.replace(/,?\s*e\.\s?V\.$/, ''), Infinity);
  if (slug.length <= maxLength) return slug;
  const hash = hashString(name).toString(36).padStart(7, '0');
  return `${slugify(slug, maxLength - hash.length - 1)}-${hash}`;
}
