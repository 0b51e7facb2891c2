/**
 * Spreadsheets as Excel saves them as CSV: UTF-8 (with or without BOM) or Windows-1252,
 * "," or ";" between fields (whichever the header row uses), quoted fields with line breaks.
 * Every problem is reported by row and column in plain German; rows are counted as the
 * spreadsheet shows them (the header is row 1).
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { AccessibilityFeature, Benefit, Category, OpportunityInput, Schedule, TargetGroup } from '@mitmachen/contract';
import { csvColumns, languageNames, type Header } from './csv-columns.js';
import { ImportFileError, type ImportIssue, type ImportRecord, type ParsedImport } from './types.js';
import { berlinTimestamp, fold, vocabularies, yesNo, type Lookup } from './vocabulary.js';

/** The bytes as text: a BOM decides; else valid UTF-8 is UTF-8, anything else Windows-1252. */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' | 'utf-16le' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 puts „ “ – € and others at 0x80–0x9F. Node 20's TextDecoder('windows-1252')
 * decodes those bytes as Latin-1 control characters instead, so they are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The separator the header row uses most, outside quotes. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] === 0 ? ';' : best[0];
}

export function parseSpreadsheet(bytes: Uint8Array): ParsedImport {
  const { text } = decodeSpreadsheet(bytes);
  const delimiter = detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ImportFileError(`Die Datei lässt sich nicht als CSV lesen${line ? ` (um Textzeile ${line})` : ''}: ${csvProblem(error)}`);
    }
    throw error;
  }
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) throw new ImportFileError('Die Datei ist leer: die erste Zeile muss die Spaltenüberschriften enthalten (siehe Vorlage).');
  const result: ParsedImport = { records: [], errors: [], unmapped: [] };
  const positions = new Map<Header, number>();
  headerRow.forEach((raw, index) => {
    const header = csvColumns.find((column) => fold(column.header) === fold(raw))?.header;
    if (header === undefined) {
      if (raw.trim() !== '') result.errors.push({ where: 'Zeile 1', field: raw, message: 'Diese Spalte ist unbekannt (die Vorlage nennt alle Spalten).' });
    } else if (positions.has(header)) {
      result.errors.push({ where: 'Zeile 1', field: raw, message: 'Diese Spalte kommt doppelt vor.' });
    } else {
      positions.set(header, index);
    }
  });
  for (const column of csvColumns) {
    if ('required' in column && column.required && !positions.has(column.header)) {
      result.errors.push({ where: 'Zeile 1', field: column.header, message: 'Diese Spalte fehlt.' });
    }
  }
  if (result.errors.length > 0) return result;
  const seen = new Map<string, number>();
  dataRows.forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const where = `Zeile ${rowNumber}`;
    if (row.length > headerRow.length && row.slice(headerRow.length).some((cell) => cell.trim() !== '')) {
      result.errors.push({ where, message: `Die Zeile hat mehr Felder (${row.length}) als die Kopfzeile Spalten (${headerRow.length}); steht irgendwo ein Trennzeichen ohne Anführungszeichen?` });
      return;
    }
    const record = readRow((header) => row[positions.get(header) ?? -1]?.trim() ?? '', where, result.errors);
    if (!record) return;
    const earlier = seen.get(record.sourceId);
    if (earlier !== undefined) {
      result.errors.push({ where, field: 'ID', message: `„${record.sourceId}“ steht schon in Zeile ${earlier}.` });
      return;
    }
    seen.set(record.sourceId, rowNumber);
    result.records.push(record);
  });
  return result;
}

function readRow(cell: (header: Header) => string, where: string, errors: ImportIssue[]): ImportRecord | undefined {
  const before = errors.length;
  const error = (field: Header, message: string) => errors.push({ where, field, message });
  for (const column of csvColumns) {
    if ('required' in column && column.required && cell(column.header) === '') error(column.header, 'Das Feld ist leer, muss aber ausgefüllt sein.');
  }
  const list = <Id extends string>(header: Header, lookup: Lookup<Id>, what: string): Id[] => {
    const ids: Id[] = [];
    for (const word of splitList(cell(header))) {
      const id = lookup(word);
      if (id === undefined || id === null) error(header, `„${word}“ ist ${what}.`);
      else if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  };
  const categories = list<Category>('Kategorien', vocabularies.categories, 'keine bekannte Kategorie');
  const targetGroups = list<TargetGroup>('Zielgruppen', vocabularies.targetGroups, 'keine bekannte Zielgruppe');
  const features = list<AccessibilityFeature>('Barrierefreiheit', vocabularies.accessibilityFeatures, 'kein bekanntes Merkmal der Barrierefreiheit');
  const benefits = list<Benefit>('Leistungen', vocabularies.benefits, 'keine bekannte Leistung');
  const organisationType = cell('Organisationsform') === '' ? 'sonstige' : vocabularies.organisationTypes(cell('Organisationsform'));
  if (!organisationType) error('Organisationsform', `„${cell('Organisationsform')}“ ist keine bekannte Organisationsform.`);
  const locationType = cell('Art des Orts') === '' ? 'onsite' : vocabularies.locationTypes(cell('Art des Orts'));
  if (!locationType) error('Art des Orts', `„${cell('Art des Orts')}“ ist keine bekannte Art (Vor Ort, Online, Vor Ort und online).`);
  const region = cell('Landkreis') === '' ? undefined : vocabularies.regions(cell('Landkreis'));
  if (region === null || (cell('Landkreis') !== '' && region === undefined)) error('Landkreis', `„${cell('Landkreis')}“ ist kein Landkreis in Sachsen.`);
  const languages: string[] = [];
  for (const word of splitList(cell('Sprachen'))) {
    const code = /^[a-z]{2}$/i.test(word) ? word.toLowerCase() : languageNames[word.toLowerCase()];
    if (code === undefined) error('Sprachen', `„${word}“ ist keine bekannte Sprache (oder ein Kürzel wie „en“).`);
    else if (!languages.includes(code)) languages.push(code);
  }
  const schedule = readSchedule(cell, error);
  const minimumAge = optionalNumber(cell('Mindestalter'), (text) => error('Mindestalter', `„${text}“ ist keine ganze Zahl.`), true);
  const contactPublic = yesNo(cell('Kontakt öffentlich'));
  if (contactPublic === undefined) error('Kontakt öffentlich', `„${cell('Kontakt öffentlich')}“: bitte „ja“ oder „nein“.`);
  const expiresAt = cell('Ablaufdatum') === '' ? undefined : isoDay(cell('Ablaufdatum'));
  if (expiresAt === null) error('Ablaufdatum', `„${cell('Ablaufdatum')}“ ist kein Datum (TT.MM.JJJJ).`);
  // A row with errors is still checked further (e-mail, place, lengths), so that one run names
  // every problem; the columns already reported are not reported twice.
  if (!schedule || !organisationType || !locationType) return undefined;
  const reported = new Set(errors.slice(before).map((issue) => issue.field ?? ''));

  const street = cell('Straße');
  const postalCode = cell('PLZ');
  const city = cell('Ort');
  const hasAddress = postalCode !== '' || city !== '' || street !== '';
  const input: OpportunityInput = {
    title: cell('Titel'),
    summary: cell('Kurzbeschreibung'),
    description: cell('Beschreibung').replace(/\r\n?/g, '\n'),
    organisation: { name: cell('Organisation'), type: organisationType, ...(cell('Website') ? { website: cell('Website') } : {}) },
    contact: {
      name: cell('Ansprechperson'),
      email: cell('E-Mail'),
      ...(cell('Telefon') ? { phone: cell('Telefon') } : {}),
      public: contactPublic ?? false,
    },
    categories,
    targetGroups,
    location: {
      type: locationType,
      ...(hasAddress ? { address: { ...(street ? { street } : {}), postalCode, city } } : {}),
      ...(region ? { region } : {}),
    },
    schedule,
    languages: languages.length ? languages : ['de'],
    accessibility: { features },
    benefits,
    ...(splitList(cell('Aufgaben')).length ? { tasks: splitList(cell('Aufgaben')) } : {}),
    ...(splitList(cell('Voraussetzungen')).length ? { requirements: splitList(cell('Voraussetzungen')) } : {}),
    ...(minimumAge === undefined ? {} : { minimumAge }),
    ...(expiresAt ? { expiresAt } : {}),
    ...(cell('Bild-URL') ? { image: { url: cell('Bild-URL'), alt: cell('Bild-Beschreibung') } } : {}),
  };
  const fields: Record<string, string> = {};
  for (const column of csvColumns) fields[column.pointer] = column.header;
  fields['/location/address'] = 'Ort';
  fields['/image'] = 'Bild-URL';
  const label = `${where} (ID ${cell('ID')})${cell('Titel') ? ` „${cell('Titel')}“` : ''}`;
  return { sourceId: cell('ID'), where, label, input, fields, ...(reported.size ? { reported } : {}) };
}

function readSchedule(cell: (header: Header) => string, error: (field: Header, message: string) => void): Schedule | undefined {
  const type = cell('Zeitrahmen') === '' ? 'flexible' : vocabularies.scheduleTypes(cell('Zeitrahmen'));
  if (!type) {
    error('Zeitrahmen', `„${cell('Zeitrahmen')}“: bitte „Einmalig“, „Regelmäßig“ oder „Flexibel“.`);
    return undefined;
  }
  const note = cell('Hinweis zur Zeit');
  const hours = optionalNumber(cell('Stunden pro Woche'), (text) => error('Stunden pro Woche', `„${text}“ ist keine Zahl.`), false);
  const withNote = <T extends object>(schedule: T): T => (note ? { ...schedule, note } : schedule);
  if (type === 'one-time') {
    const dates: { start: string; end?: string }[] = [];
    for (const entry of splitList(cell('Termine'))) {
      const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2})[:.](\d{2})(?:\s*(?:-|–|bis)\s*(\d{1,2})[:.](\d{2}))?)?(?:\s*Uhr)?$/i.exec(entry);
      const [d, m, y] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
      const start = match ? berlinTimestamp(y, m, d, Number(match[4] ?? 0), Number(match[5] ?? 0)) : undefined;
      const end = match?.[6] ? berlinTimestamp(y, m, d, Number(match[6]), Number(match[7])) : undefined;
      if (start === undefined || (match?.[6] && end === undefined)) error('Termine', `„${entry}“ ist kein Termin (TT.MM.JJJJ oder TT.MM.JJJJ HH:MM-HH:MM).`);
      else dates.push(end ? { start, end } : { start });
    }
    if (dates.length === 0) {
      error('Termine', 'Ein einmaliges Angebot braucht mindestens einen Termin.');
      return undefined;
    }
    return withNote({ type, dates });
  }
  if (type === 'regular') {
    if (hours === undefined) {
      error('Stunden pro Woche', 'Ein regelmäßiges Angebot braucht die Stunden pro Woche.');
      return undefined;
    }
    return withNote({ type, hoursPerWeek: hours });
  }
  return withNote({ type, ...(hours === undefined ? {} : { hoursPerWeek: hours }) });
}

/** Lists are separated by ";" (or line breaks within a cell). */
function splitList(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function optionalNumber(text: string, onError: (text: string) => void, integer: boolean): number | undefined {
  if (text === '') return undefined;
  const number = Number(text.replace(',', '.'));
  if (!Number.isFinite(number) || (integer && !Number.isInteger(number))) {
    onError(text);
    return undefined;
  }
  return number;
}

/** `31.12.2027` or `2027-12-31` as `2027-12-31`; null when it is no date. */
function isoDay(text: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [year, month, day] = german ? [german[3], german[2], german[1]] : (/^(\d{4})-(\d{2})-(\d{2})$/.exec(text)?.slice(1) ?? []);
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return null;
  return date.toISOString().slice(0, 10);
}

function csvProblem(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'ein Anführungszeichen wird nicht geschlossen.';
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') return 'nach einem schließenden Anführungszeichen steht noch Text im selben Feld.';
  return error.message;
}
