/**
 * A page of a search as an Atom 1.0 feed (RFC 4287), paged as RFC 5005 describes: each listing
 * an entry with a stable id (its UUID as a URN), its summary, its description as text, its
 * categories with German labels and its organisation as author.
 */
import type { Opportunity } from '@mitmachen/contract';
import { labels } from '../taxonomy.js';
import { plainText, type ExportPage } from './page.js';

export interface AtomOptions {
  /** Absolute URL of the API, e.g. `https://mitmachen.example.org` (the `/v1/…` paths follow). */
  origin: string;
  links: Record<'self' | 'first' | 'previous' | 'next', string | undefined>;
  title: string;
  /** When nothing is listed, the feed's updated time; the newest entry's otherwise. */
  now: Date;
}

export function buildAtom({ result, opportunities }: ExportPage, options: AtomOptions): string {
  const updated = opportunities.reduce((latest, o) => (o.updatedAt > latest ? o.updatedAt : latest), '') || options.now.toISOString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>${escape(options.origin + options.links.first!)}</id>`,
    `  <title>${escape(options.title)}</title>`,
    `  <subtitle>${escape(`${result.total} Engagementangebote`)}</subtitle>`,
    `  <updated>${escape(updated)}</updated>`,
    '  <generator uri="https://github.com/mitmachen">mitmachen</generator>',
    // A feed whose entries all have authors needs none of its own; an empty feed does (§4.1.1).
    '  <author><name>mitmachen</name></author>',
  ];
  for (const rel of ['self', 'first', 'previous', 'next'] as const) {
    const href = options.links[rel];
    if (href !== undefined) lines.push(`  <link rel="${rel}" type="application/atom+xml" href="${escape(options.origin + href)}"/>`);
  }
  for (const opportunity of opportunities) lines.push(entry(opportunity, options.origin));
  lines.push('</feed>', '');
  return lines.join('\n');
}

function entry(opportunity: Opportunity, origin: string): string {
  const place = opportunity.location.place ?? labels.regions[opportunity.location.region].de;
  const parts = [
    '  <entry>',
    `    <id>urn:uuid:${opportunity.id}</id>`,
    `    <title>${escape(opportunity.title)}</title>`,
    `    <published>${escape(opportunity.createdAt)}</published>`,
    `    <updated>${escape(opportunity.updatedAt)}</updated>`,
    `    <author><name>${escape(opportunity.organisation.name)}</name>${opportunity.organisation.website ? `<uri>${escape(opportunity.organisation.website)}</uri>` : ''}</author>`,
    `    <link rel="alternate" type="application/json" href="${escape(`${origin}/v1/opportunities/${opportunity.id}`)}"/>`,
    ...opportunity.categories.map((category) => `    <category term="${escape(category)}" label="${escape(labels.categories[category].de)}"/>`),
    `    <summary>${escape(`${opportunity.summary} (${place})`)}</summary>`,
    `    <content type="text">${escape(plainText(opportunity.description))}</content>`,
    '  </entry>',
  ];
  return parts.join('\n');
}

/** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
export function escape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
