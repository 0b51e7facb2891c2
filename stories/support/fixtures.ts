import type { Opportunity, OpportunityListItem, Taxonomy } from '@mitmachen/contract';

/*
 * Listings for the stories: made up, in the shapes the contract defines. Images come from the
 * story's own host, so no story calls a third-party server.
 */

/** An illustration served next to the stories (an absolute URL, as the API gives). */
export const IMAGE_URL = new URL('./images/reading.svg', import.meta.url).href;

/** An image address on the story's own host that answers 404: the "missing image" state. */
export function missingImageUrl(): string {
  return new URL('/mitmachen-story-missing-image.jpg', location.href).href;
}

export function opportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id: '0b7f3c1e-52d4-4a8e-9c61-2f1a9d3e7b10',
    title: 'Vorlesen im Kinderhaus Sonnenschein',
    summary: 'Einmal in der Woche lesen Sie Kindern zwischen vier und sechs Jahren vor.',
    description:
      'Wir suchen **Vorlesepatinnen und -paten**.\nSie brauchen keine Erfahrung.\n\n' +
      'Was Sie erwartet:\n- eine feste Gruppe\n- Bücher aus unserer Bibliothek',
    tasks: ['Vorlesen', 'Gespräche über die Geschichten'],
    requirements: ['Freude am Lesen', 'erweitertes Führungszeugnis'],
    organisation: { id: 'kinderhaus-sonnenschein', name: 'Kinderhaus Sonnenschein e. V.', type: 'verein' },
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
    image: { url: IMAGE_URL, alt: 'Gezeichnet: drei Kinder und ein aufgeschlagenes Buch' },
    status: 'published',
    createdAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-01-06T10:00:00Z',
    expiresAt: '2026-12-31',
    ...overrides,
  };
}

/** The same listing as a search result (what a card shows). */
export function listItem(overrides: Partial<Opportunity> = {}): OpportunityListItem {
  const { description: _d, tasks: _t, requirements: _r, contact: _c, status: _s, ...item } = opportunity(overrides);
  return item;
}

/** Overlong German compounds in every text a card and the detail show. */
export const LONG_WORDS: Partial<Opportunity> = {
  title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenaufbewahrungsschrankbeschriftung im Heimatmuseum',
  summary:
    'Unterstützen Sie die Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnungsberatung ' +
    'und die Rinderkennzeichnungsfleischetikettierungsüberwachungsaufgabenübertragung.',
  description:
    'Die Kraftfahrzeughaftpflichtversicherungsbedingungenübersichtstabelle muss neu geschrieben werden.\n\n' +
    '- Arbeiterunfallversicherungsgesetzesnovellierung\n- Bundesausbildungsförderungsgesetzesänderung',
  tasks: ['Nahrungsmittelunverträglichkeitsinformationsblattgestaltung'],
  requirements: ['Rechtsschutzversicherungsgesellschaftsvertragskenntnisse'],
  organisation: {
    id: 'heimatverein',
    name: 'Heimat- und Verschönerungsvereinsmitgliederversammlungsvorbereitungsausschuss e. V.',
    type: 'verein',
  },
  location: {
    type: 'onsite',
    region: 'saechsische-schweiz-osterzgebirge',
    place: 'Dippoldiswalde',
    address: { street: 'Freiberger Straße 18', postalCode: '01744', city: 'Dippoldiswalde' },
    coordinates: { lat: 50.8945, lon: 13.6695 },
  },
};

/** An organisation name as long as the register allows them. */
export const LONG_ORGANISATION: Partial<Opportunity> = {
  organisation: {
    id: 'arbeitsgemeinschaft',
    name:
      'Arbeitsgemeinschaft der Freien Wohlfahrtspflege und Selbsthilfeinitiativen im Landkreis ' +
      'Sächsische Schweiz-Osterzgebirge für Familien, Senioren und Menschen mit Behinderung gemeinnützige GmbH',
    type: 'gemeinnuetzige-gmbh',
  },
};

const TITLES = [
  'Vorlesen im Kinderhaus',
  'Hausaufgabenhilfe für Grundschulkinder',
  'Besuchsdienst im Seniorenheim',
  'Tafel: Lebensmittel ausgeben',
  'Streuobstwiese pflegen',
  'Sprachcafé für Geflüchtete',
  'Fußballtraining für die E-Jugend',
  'Repair-Café: Geräte reparieren',
  'Bücherei am Sonntag öffnen',
  'Tierheim: Hunde ausführen',
];
const PLACES = [
  { place: 'Dresden', region: 'dresden', lat: 51.0504, lon: 13.7373 },
  { place: 'Pirna', region: 'saechsische-schweiz-osterzgebirge', lat: 50.9623, lon: 13.9402 },
  { place: 'Meißen', region: 'meissen', lat: 51.1636, lon: 13.4775 },
  { place: 'Radebeul', region: 'meissen', lat: 51.1065, lon: 13.6601 },
] as const;
const CATEGORIES = ['kinder-jugend', 'bildung', 'senioren', 'soziales', 'umwelt-naturschutz', 'migration-integration', 'sport-bewegung'] as const;

/** `count` different results (ids, titles, places, categories vary), every third without an image. */
export function manyListItems(count: number): OpportunityListItem[] {
  return Array.from({ length: count }, (_, index) => {
    const where = PLACES[index % PLACES.length]!;
    const hex = index.toString(16).padStart(12, '0');
    return listItem({
      id: `0b7f3c1e-52d4-4a8e-9c61-${hex}`,
      title: `${TITLES[index % TITLES.length]!} (${index + 1})`,
      categories: [CATEGORIES[index % CATEGORIES.length]!],
      location: { type: index % 5 === 4 ? 'hybrid' : 'onsite', region: where.region, place: where.place, coordinates: { lat: where.lat, lon: where.lon } },
      ...(index % 3 === 2 ? { image: undefined } : {}),
    });
  });
}

/** The vocabularies the fixtures use, with their German and English names. */
export const taxonomy: Taxonomy = {
  categories: [
    { id: 'kinder-jugend', label: { de: 'Kinder & Jugend', en: 'Children & youth' } },
    { id: 'bildung', label: { de: 'Bildung', en: 'Education' } },
    { id: 'senioren', label: { de: 'Senioren', en: 'Older people' } },
    { id: 'soziales', label: { de: 'Soziales', en: 'Social services' } },
    { id: 'umwelt-naturschutz', label: { de: 'Umwelt & Naturschutz', en: 'Environment & nature' } },
    { id: 'migration-integration', label: { de: 'Migration & Integration', en: 'Migration & integration' } },
    { id: 'sport-bewegung', label: { de: 'Sport & Bewegung', en: 'Sport & exercise' } },
  ],
  targetGroups: [
    { id: 'young-people', label: { de: 'Junge Menschen', en: 'Young people' } },
    { id: 'seniors', label: { de: 'Seniorinnen und Senioren', en: 'Older people' } },
  ],
  regions: [
    { id: 'dresden', label: { de: 'Dresden', en: 'Dresden' }, center: { lat: 51.0504, lon: 13.7373 } },
    { id: 'meissen', label: { de: 'Landkreis Meißen', en: 'Meissen district' }, center: { lat: 51.1636, lon: 13.4775 } },
    {
      id: 'saechsische-schweiz-osterzgebirge',
      label: { de: 'Sächsische Schweiz-Osterzgebirge', en: 'Saxon Switzerland-Eastern Ore Mountains' },
      center: { lat: 50.9623, lon: 13.9402 },
    },
  ],
  scheduleTypes: [
    { id: 'one-time', label: { de: 'Einmalig', en: 'One-time' } },
    { id: 'regular', label: { de: 'Regelmäßig', en: 'Regular' } },
    { id: 'flexible', label: { de: 'Flexibel', en: 'Flexible' } },
  ],
  locationTypes: [
    { id: 'onsite', label: { de: 'Vor Ort', en: 'On site' } },
    { id: 'remote', label: { de: 'Online', en: 'Remote' } },
    { id: 'hybrid', label: { de: 'Vor Ort und online', en: 'Hybrid' } },
  ],
  benefits: [
    { id: 'training', label: { de: 'Einarbeitung und Schulungen', en: 'Induction and training' } },
    { id: 'insurance', label: { de: 'Versicherungsschutz', en: 'Insurance cover' } },
  ],
  accessibilityFeatures: [
    { id: 'step-free', label: { de: 'Stufenlos erreichbar', en: 'Step-free access' } },
    { id: 'public-transport', label: { de: 'Mit Bus und Bahn erreichbar', en: 'Reachable by public transport' } },
  ],
  organisationTypes: [
    { id: 'verein', label: { de: 'Verein', en: 'Association' } },
    { id: 'gemeinnuetzige-gmbh', label: { de: 'Gemeinnützige GmbH', en: 'Non-profit company' } },
  ],
  ageGroups: [
    { id: 'under-18', label: { de: 'Unter 18', en: 'Under 18' } },
    { id: '18-29', label: { de: '18 bis 29', en: '18 to 29' } },
    { id: '30-49', label: { de: '30 bis 49', en: '30 to 49' } },
    { id: '50-64', label: { de: '50 bis 64', en: '50 to 64' } },
    { id: '65-plus', label: { de: '65 und älter', en: '65 and over' } },
  ],
};
