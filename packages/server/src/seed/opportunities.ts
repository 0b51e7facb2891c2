import type {
  AccessibilityFeature,
  Benefit,
  Category,
  Contact,
  Location,
  LocationType,
  Opportunity,
  Region,
} from '@mitmachen/contract';
import { DAY_MS, isoDate, isoDateTime } from './calendar.js';
import { organisationRegistry } from './organisations.js';
import { person, personalEmail } from './people.js';
import { weightedKeys, weightedPicker, type Random } from './prng.js';
import { drawSchedule, lastEventDay } from './schedule.js';
import { streetAddress } from './streets.js';
import { ACCESSIBILITY_NOTES, BENEFIT_LINES, CLOSINGS, EXTRA_PARAGRAPHS, fill, type TextContext } from './texts.js';
import type { Theme } from './theme.js';
import { THEMES } from './themes/index.js';
import { DISTRICT_SHORT_NAME, pointIn, townPicker, type SeedTown } from './towns.js';

const MAX_TITLE_LENGTH = 140;
const MAX_DESCRIPTION_LENGTH = 8000;
const MAX_CATEGORIES = 3;
/** Postings were created up to this many days ago. */
const MAX_AGE_DAYS = 240;

const BENEFIT_ORDER: readonly Benefit[] = ['training', 'insurance', 'expense-allowance', 'certificate', 'supervision'];
const ACCESSIBILITY_CHANCES: ReadonlyArray<readonly [AccessibilityFeature, number]> = [
  ['step-free', 0.45],
  ['accessible-toilet', 0.25],
  ['hearing-loop', 0.05],
  ['easy-language', 0.1],
  ['public-transport', 0.75],
];
/** Neighbouring languages asked for near the Polish and Czech borders. */
const BORDER_LANGUAGE: Partial<Record<Region, string>> = {
  goerlitz: 'pl',
  bautzen: 'pl',
  'saechsische-schweiz-osterzgebirge': 'cs',
  erzgebirgskreis: 'cs',
  vogtlandkreis: 'cs',
};
const DEFAULT_LOCATION = { onsite: 19, hybrid: 1 } as const;

/** Builds opportunities one by one from one random stream; `today` is a UTC midnight. */
export function opportunityFactory(random: Random, today: number): () => Opportunity {
  const pickTown = townPicker();
  const pickTheme = weightedPicker(
    THEMES,
    THEMES.map((t) => t.weight),
  );
  const organisationFor = organisationRegistry();
  const locationPickers = new Map<Theme, (random: Random) => LocationType>();
  const title = titleWriter();

  return () => {
    const id = random.uuid();
    const town = pickTown(random);
    const theme = pickTheme(random);
    const templates = theme.organisations.filter((t) => !t.regions || t.regions.includes(town.region));
    const organisation = organisationFor(random.pick(templates), town);
    const context: TextContext = { town: town.name, org: organisation.name, district: DISTRICT_SHORT_NAME[town.region] };

    let pickLocation = locationPickers.get(theme);
    if (!pickLocation) {
      pickLocation = weightedKeys<LocationType>(theme.location ?? DEFAULT_LOCATION);
      locationPickers.set(theme, pickLocation);
    }
    const locationType = pickLocation(random);
    const schedule = drawSchedule(theme.schedule, random, today);
    const benefits = drawBenefits(theme, random);
    const createdMs = today - random.int(3_600, MAX_AGE_DAYS * 86_400) * 1000;
    const updatedMs = random.chance(0.5) ? createdMs : createdMs + Math.floor(random.next() * (today - createdMs));

    const finishTitle = title(theme, context, random);
    const opportunity: Opportunity = {
      id,
      // Written below, once the street is drawn; here so the fields keep their order.
      title: '',
      summary: fill(random.pick(theme.summaries), context),
      description: description(theme, context, benefits, random),
      tasks: random.sample(theme.tasks, random.int(2, 5)).map((t) => fill(t, context)),
      requirements: random.sample(theme.requirements, random.int(1, 4)).map((t) => fill(t, context)),
      organisation,
      categories: drawCategories(theme, random),
      targetGroups: (theme.targetGroups ?? []).filter(() => random.chance(0.5)),
      location: location(locationType, town, random),
      schedule,
      languages: drawLanguages(theme, town.region, random),
      accessibility: drawAccessibility(locationType, random),
      benefits,
      status: 'published',
      createdAt: isoDateTime(createdMs),
      updatedAt: isoDateTime(updatedMs),
    };
    opportunity.title = finishTitle(opportunity.location.address?.street?.replace(/\s+\d+\w?$/, ''));
    const minimumAge = random.pick(theme.minimumAges);
    if (minimumAge > 0) opportunity.minimumAge = minimumAge;
    if (random.chance(0.75)) opportunity.contact = contact(random);
    const expiresAt = lastEventDay(schedule) ?? (random.chance(0.9) ? isoDate(today + random.int(30, 365) * DAY_MS) : undefined);
    if (expiresAt) opportunity.expiresAt = expiresAt;
    return opportunity;
  };
}

/**
 * Titles of one generator run. A title already given goes to the next variant that names the
 * place, the organisation or the street, then to the theme's other titles, so a search for
 * "Hund" does not list the same words three times in a row. The variants draw nothing from the
 * random stream: every other field comes out as before, and the same seed gives the same bytes.
 * Drawn where the title always was; written once the street is known.
 */
function titleWriter(): (theme: Theme, context: TextContext, random: Random) => (street: string | undefined) => string {
  const given = new Set<string>();
  return (theme, context, random) => {
    const picked = random.pick(theme.titles);
    const preferTown = !picked.includes('{town}') && random.chance(0.15);
    return (street) => {
      const first = theme.titles.indexOf(picked);
      const templates = theme.titles.map((_, offset) => theme.titles[(first + offset) % theme.titles.length] as string);
      const variants = templates.flatMap((template) => titleVariants(fill(template, context), template, context));
      // Some titles name the town even when they are the first with their words.
      if (preferTown) variants.unshift(...variants.splice(1, 1));
      if (street) variants.push(...templates.map((template) => withPlace(fill(template, context), `${context.town}, ${street}`)));
      const fitting = variants.filter((variant) => variant.length <= MAX_TITLE_LENGTH);
      const chosen = fitting.find((variant) => !given.has(variant)) ?? fitting[0] ?? fill(picked, context);
      given.add(chosen);
      return chosen;
    };
  };
}

/** "Tafel gesucht (Pirna)", but "Gassigeher (m/w/d) – Pirna" where brackets close the title already. */
function withPlace(text: string, place: string): string {
  return text.endsWith(')') ? `${text} – ${place}` : `${text} (${place})`;
}

function titleVariants(text: string, template: string, context: TextContext): string[] {
  const variants = [text];
  if (!template.includes('{town}')) variants.push(withPlace(text, context.town));
  if (!template.includes('{org}')) {
    variants.push(`${text} – ${context.org}`);
    if (!context.org.includes(context.town)) variants.push(`${text} – ${context.org}, ${context.town}`);
  }
  return variants;
}

function description(theme: Theme, context: TextContext, benefits: readonly Benefit[], random: Random): string {
  const paragraphs = [fill(random.pick(theme.intros), context)];
  const chosen = new Set(random.sample(theme.details, random.int(0, 3)));
  for (const detail of theme.details) if (chosen.has(detail)) paragraphs.push(fill(detail, context));
  if (benefits.length > 1 && random.chance(0.2)) {
    paragraphs.push(`**Das bieten wir:**\n\n${benefits.map((b) => `- ${BENEFIT_LINES[b]}`).join('\n')}`);
  }
  if (random.chance(0.03)) {
    for (const extra of random.sample(EXTRA_PARAGRAPHS, random.int(5, EXTRA_PARAGRAPHS.length))) paragraphs.push(extra);
  } else if (random.chance(0.15)) {
    paragraphs.push(random.pick(EXTRA_PARAGRAPHS));
  }
  if (random.chance(0.7)) paragraphs.push(random.pick(CLOSINGS));
  let text = paragraphs.join('\n\n');
  while (text.length > MAX_DESCRIPTION_LENGTH && paragraphs.length > 1) {
    paragraphs.splice(paragraphs.length - 2, 1);
    text = paragraphs.join('\n\n');
  }
  return text;
}

function drawCategories(theme: Theme, random: Random): Category[] {
  const [first, ...others] = theme.categories;
  const categories = [first];
  for (const category of others) if (categories.length < MAX_CATEGORIES && random.chance(0.7)) categories.push(category);
  return categories;
}

function drawBenefits(theme: Theme, random: Random): Benefit[] {
  const usual = new Set(theme.benefits ?? []);
  return BENEFIT_ORDER.filter((benefit) =>
    random.chance(benefit === 'insurance' ? 0.85 : usual.has(benefit) ? 0.7 : 0.08),
  );
}

function drawLanguages(theme: Theme, region: Region, random: Random): string[] {
  const languages = ['de'];
  if (theme.languages && random.chance(0.35)) languages.push(...random.sample(theme.languages, random.int(1, 3)));
  const neighbour = BORDER_LANGUAGE[region];
  if (neighbour && random.chance(0.06) && !languages.includes(neighbour)) languages.push(neighbour);
  if (random.chance(0.03) && !languages.includes('en')) languages.push('en');
  return languages;
}

function drawAccessibility(locationType: LocationType, random: Random): Opportunity['accessibility'] {
  if (locationType === 'remote') return { features: random.chance(0.1) ? ['easy-language'] : [] };
  const features = ACCESSIBILITY_CHANCES.filter(([, chance]) => random.chance(chance)).map(([feature]) => feature);
  if (!random.chance(0.15)) return { features };
  const notes = features.includes('step-free') ? ACCESSIBILITY_NOTES.stepFree : ACCESSIBILITY_NOTES.notStepFree;
  return { features, note: random.pick(random.chance(0.7) ? notes : ACCESSIBILITY_NOTES.any) };
}

function location(type: LocationType, town: SeedTown, random: Random): Location {
  if (type === 'remote') return { type, region: town.region, place: town.name };
  return {
    type,
    region: town.region,
    place: town.name,
    address: { street: streetAddress(random), postalCode: random.pick(town.postalCodes), city: town.name },
    coordinates: pointIn(town, random),
  };
}

function contact(random: Random): Contact {
  const someone = person(random);
  const name = `${someone.firstName} ${someone.lastName}`;
  return random.chance(0.9) ? { name, email: personalEmail(someone, random) } : { name };
}
