/**
 * A page of a search as schema.org JSON-LD: an ItemList of JobPostings with
 * `employmentType: VOLUNTEER`, shaped as the detail element embeds one listing
 * (packages/elements/src/format/json-ld.ts), so search engines and integrators read both alike.
 */
import type { Opportunity } from '@mitmachen/contract';
import { labels } from '../taxonomy.js';
import { plainText, type ExportPage } from './page.js';

const SAFE_URL = /^https?:\/\//i;

export function jobPosting(opportunity: Opportunity, origin: string): Record<string, unknown> {
  const { organisation, location } = opportunity;
  const data: Record<string, unknown> = {
    '@type': 'JobPosting',
    '@id': `${origin}/v1/opportunities/${opportunity.id}`,
    title: opportunity.title,
    description: plainText(opportunity.description),
    abstract: opportunity.summary,
    datePosted: opportunity.createdAt,
    dateModified: opportunity.updatedAt,
    employmentType: 'VOLUNTEER',
    directApply: false,
    hiringOrganization: {
      '@type': 'Organization',
      name: organisation.name,
      ...(organisation.website !== undefined && SAFE_URL.test(organisation.website) && { sameAs: organisation.website }),
    },
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: opportunity.id },
    occupationalCategory: opportunity.categories.map((category) => labels.categories[category].de),
    url: `${origin}/v1/opportunities/${opportunity.id}`,
  };
  if (opportunity.expiresAt !== undefined) data.validThrough = opportunity.expiresAt;
  if (opportunity.image !== undefined && SAFE_URL.test(opportunity.image.url)) data.image = opportunity.image.url;
  if (opportunity.schedule.type !== 'one-time' && opportunity.schedule.hoursPerWeek !== undefined) data.workHours = `${opportunity.schedule.hoursPerWeek} Stunden pro Woche`;
  if (opportunity.schedule.type === 'one-time') data.jobStartDate = opportunity.schedule.dates[0]?.start;
  if (location.type === 'remote') {
    data.jobLocationType = 'TELECOMMUTE';
    data.applicantLocationRequirements = { '@type': 'Country', name: 'DE' };
  } else {
    const { address, coordinates } = location;
    data.jobLocation = {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(address?.street !== undefined && { streetAddress: address.street }),
        ...(address !== undefined && { postalCode: address.postalCode }),
        addressLocality: address?.city ?? location.place,
        addressRegion: labels.regions[location.region].de,
        addressCountry: 'DE',
      },
      ...(coordinates && { geo: { '@type': 'GeoCoordinates', latitude: coordinates.lat, longitude: coordinates.lon } }),
    };
  }
  return data;
}

export function buildJsonLd({ result, opportunities }: ExportPage, options: { origin: string; self: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    url: options.origin + options.self,
    numberOfItems: result.total,
    itemListElement: opportunities.map((opportunity, index) => ({
      '@type': 'ListItem',
      position: (result.page - 1) * result.pageSize + index + 1,
      item: jobPosting(opportunity, options.origin),
    })),
  };
}
