import type {
  AccessibilityFeature,
  AgeGroup,
  Benefit,
  Category,
  Label,
  LocationType,
  OrganisationType,
  Region,
  ScheduleType,
  TargetGroup,
  Taxonomy,
} from '@mitmachen/contract';
import { placesNamed } from './places/gazetteer.js';
import { REGION_SEAT } from './places/saxon-towns.js';
import * as others from './taxonomy-languages.js';

// Each vocabulary is a Record keyed by the contract's enum, so the compiler rejects a missing
// or unknown id; the object's key order is the order clients show.

const categories: Record<Category, Label> = {
  'kinder-jugend': { de: 'Kinder & Jugend', en: 'Children & youth' },
  senioren: { de: 'Senioren', en: 'Older people' },
  soziales: { de: 'Soziales', en: 'Social services' },
  bildung: { de: 'Bildung', en: 'Education' },
  'sport-bewegung': { de: 'Sport & Bewegung', en: 'Sport & exercise' },
  kultur: { de: 'Kultur', en: 'Culture' },
  'umwelt-naturschutz': { de: 'Umwelt & Naturschutz', en: 'Environment & nature' },
  tierschutz: { de: 'Tierschutz', en: 'Animal welfare' },
  'gesundheit-pflege': { de: 'Gesundheit & Pflege', en: 'Health & care' },
  'migration-integration': { de: 'Migration & Integration', en: 'Migration & integration' },
  inklusion: { de: 'Inklusion', en: 'Inclusion' },
  'rettung-katastrophenschutz': { de: 'Rettung & Katastrophenschutz', en: 'Rescue & civil protection' },
  nachbarschaft: { de: 'Nachbarschaft', en: 'Neighbourhood' },
  'politik-beteiligung': { de: 'Politik & Beteiligung', en: 'Politics & participation' },
  digitales: { de: 'Digitales', en: 'Digital' },
  'vereinsarbeit-vorstand': { de: 'Vereinsarbeit & Vorstand', en: 'Club work & board roles' },
};

const targetGroups: Record<TargetGroup, Label> = {
  'young-people': { de: 'Junge Menschen', en: 'Young people' },
  seniors: { de: 'Seniorinnen und Senioren', en: 'Older people' },
  families: { de: 'Familien', en: 'Families' },
  groups: { de: 'Gruppen', en: 'Groups' },
  'little-german': { de: 'Wenig Deutschkenntnisse nötig', en: 'Little German needed' },
};

const regions: Record<Region, Label> = {
  dresden: { de: 'Dresden', en: 'Dresden' },
  leipzig: { de: 'Leipzig', en: 'Leipzig' },
  chemnitz: { de: 'Chemnitz', en: 'Chemnitz' },
  bautzen: { de: 'Landkreis Bautzen', en: 'Bautzen district' },
  goerlitz: { de: 'Landkreis Görlitz', en: 'Görlitz district' },
  meissen: { de: 'Landkreis Meißen', en: 'Meissen district' },
  nordsachsen: { de: 'Landkreis Nordsachsen', en: 'North Saxony district' },
  'landkreis-leipzig': { de: 'Landkreis Leipzig', en: 'Leipzig district' },
  'saechsische-schweiz-osterzgebirge': {
    de: 'Sächsische Schweiz-Osterzgebirge',
    en: 'Saxon Switzerland-Eastern Ore Mountains',
  },
  mittelsachsen: { de: 'Mittelsachsen', en: 'Central Saxony' },
  erzgebirgskreis: { de: 'Erzgebirgskreis', en: 'Ore Mountains district' },
  vogtlandkreis: { de: 'Vogtlandkreis', en: 'Vogtland district' },
  zwickau: { de: 'Landkreis Zwickau', en: 'Zwickau district' },
};

const scheduleTypes: Record<ScheduleType, Label> = {
  'one-time': { de: 'Einmalig', en: 'One-time' },
  regular: { de: 'Regelmäßig', en: 'Regular' },
  flexible: { de: 'Flexibel', en: 'Flexible' },
};

const locationTypes: Record<LocationType, Label> = {
  onsite: { de: 'Vor Ort', en: 'On site' },
  remote: { de: 'Online', en: 'Remote' },
  hybrid: { de: 'Vor Ort und online', en: 'Hybrid' },
};

const benefits: Record<Benefit, Label> = {
  training: { de: 'Einarbeitung und Schulungen', en: 'Induction and training' },
  insurance: { de: 'Versicherungsschutz', en: 'Insurance cover' },
  'expense-allowance': { de: 'Aufwandsentschädigung', en: 'Expense allowance' },
  certificate: { de: 'Engagementnachweis', en: 'Certificate of volunteering' },
  supervision: { de: 'Fachliche Begleitung', en: 'Supervision and support' },
};

const accessibilityFeatures: Record<AccessibilityFeature, Label> = {
  'step-free': { de: 'Stufenlos erreichbar', en: 'Step-free access' },
  'accessible-toilet': { de: 'Barrierefreies WC', en: 'Accessible toilet' },
  'hearing-loop': { de: 'Induktionsschleife', en: 'Hearing loop' },
  'easy-language': { de: 'Infos in Leichter Sprache', en: 'Information in Easy Read' },
  'public-transport': { de: 'Mit Bus und Bahn erreichbar', en: 'Reachable by public transport' },
};

const organisationTypes: Record<OrganisationType, Label> = {
  verein: { de: 'Verein', en: 'Association' },
  initiative: { de: 'Initiative', en: 'Initiative' },
  stiftung: { de: 'Stiftung', en: 'Foundation' },
  kirchengemeinde: { de: 'Kirchengemeinde', en: 'Parish' },
  kommune: { de: 'Kommune', en: 'Municipality' },
  'gemeinnuetzige-gmbh': { de: 'Gemeinnützige GmbH', en: 'Non-profit company' },
  sonstige: { de: 'Sonstige', en: 'Other' },
};

const ageGroups: Record<AgeGroup, Label> = {
  'under-18': { de: 'Unter 18', en: 'Under 18' },
  '18-29': { de: '18 bis 29', en: '18 to 29' },
  '30-49': { de: '30 bis 49', en: '30 to 49' },
  '50-64': { de: '50 bis 64', en: '50 to 64' },
  '65-plus': { de: '65 und älter', en: '65 and over' },
};

/** A label with the other interface languages added (taxonomy-languages.ts). */
function withOthers(label: Label, [uk, ar, tr, ru, easy]: others.Others): Label {
  return { ...label, uk, ar, tr, ru, easy };
}

function terms<Id extends string>(labels: Record<Id, Label>, translations: Record<Id, others.Others>): Taxonomy['categories'] {
  return (Object.keys(labels) as Id[]).map((id) => ({ id, label: withOthers(labels[id], translations[id]) }));
}

/** A district's centre: its seat town, as the gazetteer places it. */
function regionCenter(region: Region): { lat: number; lon: number } {
  const seat = placesNamed(REGION_SEAT[region]).find((p) => p.region === region);
  if (!seat) throw new Error(`gazetteer has no seat town ${REGION_SEAT[region]} in ${region}`);
  return { lat: seat.lat, lon: seat.lon };
}

/** Every vocabulary of the API, labelled in every interface language (`GET /v1/taxonomy`). */
export const taxonomy: Taxonomy = {
  categories: terms(categories, others.categories),
  targetGroups: terms(targetGroups, others.targetGroups),
  regions: (Object.keys(regions) as Region[]).map((id) => ({ id, label: withOthers(regions[id], others.regions[id]), center: regionCenter(id) })),
  scheduleTypes: terms(scheduleTypes, others.scheduleTypes),
  locationTypes: terms(locationTypes, others.locationTypes),
  benefits: terms(benefits, others.benefits),
  accessibilityFeatures: terms(accessibilityFeatures, others.accessibilityFeatures),
  organisationTypes: terms(organisationTypes, others.organisationTypes),
  ageGroups: terms(ageGroups, others.ageGroups),
};

/** Labels by id, for code that renders an id (the seed's descriptions, facet labels). */
export const labels = {
  categories,
  targetGroups,
  regions,
  scheduleTypes,
  locationTypes,
  benefits,
  accessibilityFeatures,
  organisationTypes,
  ageGroups,
} as const;
