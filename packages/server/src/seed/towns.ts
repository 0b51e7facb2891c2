import type { Region } from '@mitmachen/contract';
import { placesNamed } from '../places/gazetteer.js';
import { SAXON_TOWNS } from '../places/saxon-towns.js';
import { POSTAL_CODES } from './postal-codes.js';
import { weightedPicker, type Random } from './prng.js';

export interface SeedTown {
  /** The name as people write it, e.g. "Oelsnitz/Erzgeb.". */
  name: string;
  region: Region;
  lat: number;
  lon: number;
  population: number;
  postalCodes: readonly string[];
}

/** Inhabitants per district in thousands (Statistisches Landesamt Sachsen, 2023, rounded). */
const DISTRICT_POPULATION: Readonly<Record<Region, number>> = {
  leipzig: 616,
  dresden: 566,
  chemnitz: 250,
  erzgebirgskreis: 327,
  zwickau: 307,
  mittelsachsen: 296,
  bautzen: 296,
  'landkreis-leipzig': 261,
  goerlitz: 248,
  'saechsische-schweiz-osterzgebirge': 246,
  meissen: 241,
  vogtlandkreis: 222,
  nordsachsen: 198,
};

/** How organisations name their district ("DRK-Kreisverband Erzgebirge e. V."). */
export const DISTRICT_SHORT_NAME: Readonly<Record<Region, string>> = {
  dresden: 'Dresden',
  leipzig: 'Leipzig',
  chemnitz: 'Chemnitz',
  bautzen: 'Bautzen',
  goerlitz: 'Görlitz',
  meissen: 'Meißen',
  nordsachsen: 'Nordsachsen',
  'landkreis-leipzig': 'Leipziger Land',
  'saechsische-schweiz-osterzgebirge': 'Sächsische Schweiz-Osterzgebirge',
  mittelsachsen: 'Mittelsachsen',
  erzgebirgskreis: 'Erzgebirge',
  vogtlandkreis: 'Vogtland',
  zwickau: 'Zwickauer Land',
};

/**
 * Smaller towns get more than their share of postings within a district (population to the
 * power 0.6), as volunteering is strong outside the district seats too.
 */
const TOWN_WEIGHT_EXPONENT = 0.6;

let towns: Map<Region, SeedTown[]> | undefined;

/** The curated towns with their gazetteer coordinates and postal codes, by district. */
export function seedTowns(): ReadonlyMap<Region, readonly SeedTown[]> {
  towns ??= new Map(
    (Object.keys(SAXON_TOWNS) as Region[]).map((region) => [
      region,
      SAXON_TOWNS[region].map((town): SeedTown => {
        const place = placesNamed(town.gazetteer ?? town.name).find((p) => p.region === region);
        const postalCodes = POSTAL_CODES[town.name];
        if (!place || !postalCodes) throw new Error(`seed: no gazetteer place or postal code for ${town.name}`);
        return { name: town.name, region, lat: place.lat, lon: place.lon, population: place.population, postalCodes };
      }),
    ]),
  );
  return towns;
}

/** Picks a district by population, then a town in it. */
export function townPicker(): (random: Random) => SeedTown {
  const byRegion = seedTowns();
  const regions = [...byRegion.keys()];
  const pickRegion = weightedPicker(
    regions,
    regions.map((region) => DISTRICT_POPULATION[region]),
  );
  const pickTown = new Map(
    regions.map((region) => {
      const list = byRegion.get(region) ?? [];
      return [region, weightedPicker(list, list.map((t) => t.population ** TOWN_WEIGHT_EXPONENT))] as const;
    }),
  );
  return (random) => {
    const region = pickRegion(random);
    return (pickTown.get(region) as (random: Random) => SeedTown)(random);
  };
}

/**
 * A point within the built-up area of a town, for an address: a uniform draw from a disc
 * whose radius grows with the town (about 0.8 km for 5,000 inhabitants, 6 km for Dresden).
 */
export function pointIn(town: SeedTown, random: Random): { lat: number; lon: number } {
  const radiusKm = 0.2 + 0.008 * Math.sqrt(town.population);
  const distance = radiusKm * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  const lat = town.lat + (distance * Math.cos(angle)) / 111.2;
  const lon = town.lon + (distance * Math.sin(angle)) / (111.2 * Math.cos((town.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}
