import type { AgeGroup, Offer, Weekday } from '@mitmachen/contract';
import { isoDateTime } from './calendar.js';
import { OFFER_KINDS, type OfferKind } from './offer-kinds.js';
import { EXAMPLE_DOMAINS, person } from './people.js';
import { weightedKeys, weightedPicker, type Random } from './prng.js';
import { slugify } from './slug.js';
import { fill, gendered } from './texts.js';
import { DISTRICT_SHORT_NAME, townPicker } from './towns.js';

/** A volunteer's own offer as the demo stores it: the public offer and the private address. */
export interface SeedOffer {
  offer: Offer;
  /** Never shown; organisations reach the volunteer through the platform. */
  email: string;
}

const MAX_CATEGORIES = 3;
const MAX_AGE_DAYS = 180;
const WEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const RADII_KM = [2, 5, 5, 10, 10, 10, 15, 20, 25, 30, 50] as const;
const GENERAL_NICKNAMES = [
  '[Rentnerin|Rentner] mit Zeit', 'Frisch zugezogen', 'Helferherz', '[Oma Gisela|Opa Heinz]',
  '[Frühaufsteherin|Frühaufsteher]', '[Mitanpackerin|Mitanpacker]', '[Studentin|Student] mit Herz',
  'Nachteule', '[Feierabendhelferin|Feierabendhelfer]',
];
const AVAILABILITY_NOTES = [
  'Am liebsten vormittags unter der Woche.',
  'Nach Feierabend ab 17 Uhr und an Wochenenden.',
  'In den Schulferien habe ich mehr Zeit.',
  'Im Schichtdienst – Termine bitte mit etwas Vorlauf.',
  'Für einzelne Einsätze, gern auch kurzfristig.',
];

/** Builds offers one by one from one random stream; `today` is a UTC midnight. */
export function offerFactory(random: Random, today: number): () => SeedOffer {
  const pickTown = townPicker();
  const pickKind = weightedPicker(
    OFFER_KINDS,
    OFFER_KINDS.map((kind) => kind.weight),
  );
  const availabilityPickers = new Map<OfferKind, ReturnType<typeof weightedKeys<Offer['availability']['type']>>>();

  return () => {
    const id = random.uuid();
    const town = pickTown(random);
    const kind = pickKind(random);
    const context = { town: town.name, org: '', district: DISTRICT_SHORT_NAME[town.region] };
    const someone = person(random);

    const displayName = (() => {
      const roll = random.next();
      if (roll < 0.35) return gendered(random.pick(kind.nicknames), someone.female);
      if (roll < 0.6) return `${someone.firstName} aus ${town.name}`;
      if (roll < 0.8) return `${someone.firstName} ${someone.lastName[0]}.`;
      return gendered(random.pick(GENERAL_NICKNAMES), someone.female);
    })();

    let pickAvailability = availabilityPickers.get(kind);
    if (!pickAvailability) {
      pickAvailability = weightedKeys(kind.availability);
      availabilityPickers.set(kind, pickAvailability);
    }
    const availability: Offer['availability'] = { type: pickAvailability(random) };
    if (availability.type !== 'one-time' && random.chance(availability.type === 'regular' ? 1 : 0.5)) {
      availability.hoursPerWeek = random.int(1, 6);
    }
    if (availability.type === 'regular') {
      const days = new Set(random.sample(WEEK, random.int(1, 3)));
      availability.days = WEEK.filter((day) => days.has(day));
    }
    if (random.chance(0.4)) availability.note = random.pick(AVAILABILITY_NOTES);

    const variant = random.pick(kind.variants);
    const paragraphs = [variant.text, ...random.sample(kind.extras, random.int(0, kind.extras.length))];
    const description = paragraphs.map((p) => gendered(fill(p, context), someone.female)).join(random.chance(0.5) ? ' ' : '\n\n');

    const [first, ...others] = kind.categories;
    const categories = [first];
    for (const category of others) if (categories.length < MAX_CATEGORIES && random.chance(0.6)) categories.push(category);

    const languages = ['de'];
    if (kind.languages && random.chance(0.4)) languages.push(...random.sample(kind.languages, random.int(1, 2)));
    else if (random.chance(0.05)) languages.push('en');

    const createdMs = today - random.int(3_600, MAX_AGE_DAYS * 86_400) * 1000;
    const updatedMs = random.chance(0.6) ? createdMs : createdMs + Math.floor(random.next() * (today - createdMs));
    const offer: Offer = {
      id,
      displayName,
      title: gendered(fill(variant.title, context), someone.female),
      description,
      categories,
      availability,
      area: {
        place: town.name,
        region: town.region,
        coordinates: { lat: Math.round(town.lat * 100) / 100, lon: Math.round(town.lon * 100) / 100 },
        radiusKm: random.pick(RADII_KM),
      },
      languages,
      status: 'published',
      createdAt: isoDateTime(createdMs),
      updatedAt: isoDateTime(updatedMs),
    };
    if (random.chance(0.8)) offer.ageGroup = random.pick<AgeGroup>(variant.ageGroups);
    const local = random.chance(0.5) ? slugify(displayName) : `${slugify(someone.firstName)}.${random.int(10, 9999)}`;
    return { offer, email: `${local}@${random.pick(EXAMPLE_DOMAINS)}` };
  };
}
