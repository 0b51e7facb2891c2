import type { Opportunity, OpportunityListItem } from '@mitmachen/contract';

/**
 * A complete listing written for tests that need data the seed does not have (a hostile
 * description, a remote place, overlong words). Tests that can use the real server do.
 */
export function opportunityFixture(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id: '0b7f3c1e-52d4-4a8e-9c61-2f1a9d3e7b10',
    title: 'Vorlesen im Kinderhaus Sonnenschein',
    summary: 'Einmal in der Woche lesen Sie Kindern zwischen vier und sechs Jahren vor.',
    description:
      'Wir suchen **Vorlesepatinnen und -paten**.\nSie brauchen keine Erfahrung.\n\n' +
      'Was Sie erwartet:\n- eine feste Gruppe\n- Bücher aus [unserer Bibliothek](https://example.org/buecher)',
    tasks: ['Vorlesen', 'Gespräche über die Geschichten'],
    requirements: ['Freude am Lesen', 'erweitertes Führungszeugnis'],
    organisation: { id: 'kinderhaus-sonnenschein', name: 'Kinderhaus Sonnenschein e. V.', type: 'verein', website: 'https://example.org' },
    categories: ['kinder-jugend', 'bildung'],
    targetGroups: ['young-people', 'seniors'],
    location: {
      type: 'onsite',
      region: 'saechsische-schweiz-osterzgebirge',
      place: 'Pirna',
      address: { street: 'Dohnaische Straße 12', postalCode: '01796', city: 'Pirna' },
      coordinates: { lat: 50.96234, lon: 13.94021 },
    },
    schedule: { type: 'regular', hoursPerWeek: 2, slots: [{ day: 'we', from: '15:00', to: '16:00' }] },
    minimumAge: 16,
    languages: ['de'],
    accessibility: { features: ['step-free', 'public-transport'], note: 'Eingang über den Hof.' },
    benefits: ['insurance', 'training'],
    contact: { name: 'Maria Beispiel', email: 'maria@example.org', phone: '03501 123456' },
    image: { url: 'https://example.org/vorlesen.jpg', alt: 'Eine Frau liest drei Kindern aus einem Bilderbuch vor' },
    status: 'published',
    createdAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-01-06T10:00:00Z',
    expiresAt: '2026-12-31',
    ...overrides,
  };
}

/** The same listing as a search result (a card's data). */
export function listItemFixture(overrides: Partial<OpportunityListItem> = {}): OpportunityListItem {
  const { description: _d, tasks: _t, requirements: _r, contact: _c, status: _s, ...item } = opportunityFixture();
  return { ...item, distanceKm: 3.44, ...overrides };
}
