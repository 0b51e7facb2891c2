/** A generated spreadsheet in the import template's columns, for the import benchmarks. */
import { csvColumns } from '../../packages/server/src/import/csv-columns.js';
import { labels } from '../../packages/server/src/taxonomy.js';

const towns = [
  ['01067', 'Dresden'], ['04109', 'Leipzig'], ['09111', 'Chemnitz'], ['02625', 'Bautzen'], ['02826', 'Görlitz'],
  ['01662', 'Meißen'], ['04860', 'Torgau'], ['04552', 'Borna'], ['01796', 'Pirna'], ['09599', 'Freiberg'],
  ['09456', 'Annaberg-Buchholz'], ['08523', 'Plauen'], ['08056', 'Zwickau'],
] as const;
const categoryLabels = Object.values(labels.categories).map((label) => label.de);

/** `count` listings, ids `B-0`…; `titleSuffix` changes every title (a re-import then updates all). */
export function spreadsheet(count: number, titleSuffix = ''): Buffer {
  const quote = (value: string) => (/[;"\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = [csvColumns.map((column) => column.header).join(';')];
  for (let i = 0; i < count; i++) {
    const [postalCode, city] = towns[i % towns.length]!;
    const row: Record<string, string> = {
      ID: `B-${i}`,
      Titel: `Ehrenamt Nummer ${i} in ${city}${titleSuffix}`,
      Kurzbeschreibung: `Helfen Sie mit bei Aufgabe ${i}: ein paar Stunden im Monat.`,
      Beschreibung: `Wir suchen Unterstützung in ${city}.\n\n- Aufgabe ${i}\n- gemeinsam mit anderen\n\nMehr erfahren Sie bei uns.`,
      Organisation: `Verein Nummer ${i % 800} ${city} e. V.`,
      Organisationsform: 'Verein',
      Kategorien: `${categoryLabels[i % categoryLabels.length]}; ${categoryLabels[(i * 7 + 3) % categoryLabels.length]}`,
      Zielgruppen: i % 3 === 0 ? 'Familien' : '',
      Straße: `Hauptstraße ${(i % 90) + 1}`,
      PLZ: postalCode,
      Ort: city,
      Zeitrahmen: 'Regelmäßig',
      'Stunden pro Woche': String((i % 6) + 1),
      Ansprechperson: 'Erika Mustermann',
      'E-Mail': `kontakt${i % 800}@example.org`,
    };
    lines.push(csvColumns.map((column) => quote(row[column.header] ?? '')).join(';'));
  }
  return Buffer.from(lines.join('\r\n'));
}
