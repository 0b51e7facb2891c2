import type { Random } from './prng.js';

/** Street names found in most Saxon towns. */
const STREETS = [
  'Hauptstraße', 'Bahnhofstraße', 'Schulstraße', 'Lindenstraße', 'Goethestraße', 'Schillerstraße',
  'Lessingstraße', 'Bergstraße', 'Gartenstraße', 'Feldstraße', 'Ringstraße', 'Mühlweg', 'Am Markt',
  'Markt', 'Obermarkt', 'Kirchgasse', 'Kirchplatz', 'Am Sportplatz', 'Talstraße', 'Friedensstraße',
  'Poststraße', 'Dresdner Straße', 'Leipziger Straße', 'Chemnitzer Straße', 'August-Bebel-Straße',
  'Rudolf-Breitscheid-Straße', 'Thomas-Müntzer-Straße', 'Karl-Liebknecht-Straße', 'Rosa-Luxemburg-Straße',
  'Albertstraße', 'Königstraße', 'Bautzner Straße', 'Freiberger Straße', 'Zwickauer Straße',
  'Weinbergstraße', 'Am Anger', 'Am Schlossteich', 'Parkstraße', 'Wiesenweg', 'Am Lindenhof',
  'Friedrich-Engels-Straße', 'Ernst-Thälmann-Straße', 'Gartenweg', 'Schützenstraße', 'Badstraße',
  'Turnerstraße', 'Töpferstraße', 'Rathausplatz', 'Siedlungsweg', 'Am Wasserturm', 'Pestalozzistraße',
  'Humboldtstraße', 'Käthe-Kollwitz-Straße', 'Walter-Rathenau-Straße', 'Fröbelstraße', 'Am Bahnhof',
];

/** "Lindenstraße 12", sometimes "Am Markt 3a". */
export function streetAddress(random: Random): string {
  const number = random.int(1, random.chance(0.7) ? 40 : 140);
  const suffix = random.chance(0.08) ? random.pick(['a', 'b', 'c']) : '';
  return `${random.pick(STREETS)} ${number}${suffix}`;
}
