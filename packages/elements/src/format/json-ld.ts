import type { Opportunity } from '@mitmachen/contract';
import { renderMarkdown } from './markdown.js';
import { safeUrl, SAFE_IMAGE_SCHEMES } from './url.js';

/**
 * A schema.org JobPosting for one listing, the structured data search engines read to show
 * volunteering in job searches. `employmentType: VOLUNTEER` marks it as unpaid engagement and
 * `directApply: false` says that the page itself leads to the organisation, not to an application.
 */
export function jobPosting(opportunity: Opportunity, { url }: { url?: string } = {}): Record<string, unknown> {
  const { organisation, location } = opportunity;
  const website = organisation.website === undefined ? undefined : safeUrl(organisation.website, SAFE_IMAGE_SCHEMES);
  const image = opportunity.image === undefined ? undefined : safeUrl(opportunity.image.url, SAFE_IMAGE_SCHEMES);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: opportunity.title,
    // schema.org wants HTML here; the renderer's output is escaped and holds only the safe subset.
    description: renderMarkdown(opportunity.description),
    datePosted: opportunity.createdAt,
    employmentType: 'VOLUNTEER',
    directApply: false,
    hiringOrganization: { '@type': 'Organization', name: organisation.name, ...(website !== undefined && { sameAs: website }) },
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: opportunity.id },
  };
  if (opportunity.expiresAt !== undefined) data.validThrough = opportunity.expiresAt;
  if (url !== undefined) data.url = url;
  if (image !== undefined) data.image = image;
  if (location.type === 'remote') {
    data.jobLocationType = 'TELECOMMUTE';
    // Search engines want to know where remote volunteers may live; the listings are German.
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
        addressCountry: 'DE',
      },
      ...(coordinates && { geo: { '@type': 'GeoCoordinates', latitude: coordinates.lat, longitude: coordinates.lon } }),
    };
  }
  return data;
}

/**
 * The JSON for a `<script type="application/ld+json">`. "<" is written as \u003c so no text
 * from the listing can close the script element ("</script>") or open a comment.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
