/**
 * Freinet-Online's XML (`angebotsliste/angebot`, as its read API delivers it) read into
 * postings. Handlungsfelder, Zielgruppen, Leistungen and Barrierefreiheit go through the mapping
 * table in freinet-mapping.json; every value it does not know is reported by listing and field.
 */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { AccessibilityFeature, Benefit, Category, OpportunityInput, OrganisationType, TargetGroup } from '@mitmachen/contract';
import { packageRoot } from '../paths.js';
import { scheduleFromText } from './freinet-schedule.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { ImportFileError, type ImportIssue, type ImportRecord, type ParsedImport } from './types.js';
import { fold, lookupIn, type Lookup } from './vocabulary.js';

interface FreinetMapping {
  handlungsfelder: Record<string, Category | null>;
  zielgruppen: Record<string, TargetGroup | null>;
  leistungen: Record<string, Benefit | null>;
  barrierefreiheit: Record<string, AccessibilityFeature | null>;
  organisationsformen: Record<string, OrganisationType>;
}

/** Read from the package's source folder, which ships with it, so operators can extend it. */
const mapping = JSON.parse(readFileSync(new URL('src/import/freinet-mapping.json', packageRoot), 'utf8')) as FreinetMapping;
const lookups = {
  handlungsfelder: lookupIn(mapping.handlungsfelder),
  zielgruppen: lookupIn(mapping.zielgruppen),
  leistungen: lookupIn(mapping.leistungen),
  barrierefreiheit: lookupIn(mapping.barrierefreiheit),
};
/** Longest first, so "Förderverein" wins over "Verein". */
const organisationForms = Object.entries(mapping.organisationsformen)
  .map(([word, type]) => [fold(word), type] as const)
  .sort((a, b) => b[0].length - a[0].length);

const LISTS = new Set(['angebot', 'handlungsfeld', 'zielgruppe', 'leistung', 'merkmal']);

type Element = Record<string, unknown>;

/**
 * The file's text in the encoding its XML declaration names (UTF-8 when none, as XML says);
 * older Freinet exports are ISO-8859-1.
 */
export function decodeXml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF)?<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    throw new ImportFileError(`Die Datei nennt die Zeichenkodierung „${declared}“, die sich nicht lesen lässt.`);
  }
  return decoder.decode(bytes);
}

export function parseFreinet(xml: string): ParsedImport {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ImportFileError(`Die Datei ist kein gültiges XML (Zeile ${valid.err.line}, Spalte ${valid.err.col}): ${valid.err.msg}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Postal codes and ids stay text: "01796" is not the number 1796.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    isArray: (name) => LISTS.has(name),
  });
  const document = parser.parse(xml) as Element;
  const list = document.angebotsliste;
  if (list === undefined || typeof list !== 'object') throw new ImportFileError('Die Datei enthält keine <angebotsliste>: ist es ein Export aus Freinet-Online?');
  const offers = ((list as Element).angebot ?? []) as Element[];
  const result: ParsedImport = { records: [], errors: [], unmapped: [] };
  const seen = new Map<string, string>();
  offers.forEach((offer, index) => {
    const sourceId = text(offer['@_id']) || text(offer.id);
    const title = text(offer.angebotsname);
    const where = `Angebot ${sourceId || `Nr. ${index + 1}`}${title ? ` „${title}“` : ''}`;
    if (!sourceId) {
      result.errors.push({ where, message: 'Das Angebot hat keine id; ohne sie lässt es sich beim nächsten Import nicht wiederfinden.' });
      return;
    }
    const earlier = seen.get(sourceId);
    if (earlier !== undefined) {
      result.errors.push({ where, field: 'id', message: `Die id kommt doppelt vor (schon bei ${earlier}).` });
      return;
    }
    seen.set(sourceId, where);
    const record = readOffer(offer, sourceId, where, result);
    if (record) result.records.push(record);
  });
  return result;
}

function readOffer(offer: Element, sourceId: string, where: string, result: ParsedImport): ImportRecord | undefined {
  const errors: ImportIssue[] = [];
  const error = (field: string, message: string) => errors.push({ where, field, message });
  const unmapped = (field: string, value: string, what: string) =>
    result.unmapped.push({ where, field, message: `„${value}“ hat keine Entsprechung unter unseren ${what}; übergangen.` });

  const title = text(offer.angebotsname);
  if (!title) error('angebotsname', 'fehlt.');
  const organisationName = text(offer.einrichtungsname);
  if (!organisationName) error('einrichtungsname', 'fehlt.');
  const description = htmlToMarkdown(text(offer.beschreibung));
  const summaryText = htmlToMarkdown(text(offer.kurz_beschreibung)).replace(/\s+/g, ' ').replace(/\*/g, '').trim();
  const summary = summaryText.length >= 10 ? summaryText : firstSentence(description);

  const categories = mapList<Category>(items(offer.handlungsfelder, 'handlungsfeld'), lookups.handlungsfelder, (value) => unmapped('handlungsfelder', value, 'Kategorien'));
  if (categories.length === 0) error('handlungsfelder', 'Keines der Handlungsfelder ist einer unserer Kategorien zugeordnet (freinet-mapping.json).');
  if (categories.length > 3) {
    result.unmapped.push({ where, field: 'handlungsfelder', message: `Höchstens drei Kategorien: ${categories.slice(3).join(', ')} übergangen.` });
    categories.length = 3;
  }
  const targetGroups = mapList<TargetGroup>(items(offer.zielgruppen, 'zielgruppe'), lookups.zielgruppen, (value) => unmapped('zielgruppen', value, 'Zielgruppen'));
  const benefits = mapList<Benefit>(items(offer.leistungen, 'leistung'), lookups.leistungen, (value) => unmapped('leistungen', value, 'Leistungen'));
  const features = mapList<AccessibilityFeature>(items(offer.barrierefreiheit, 'merkmal'), lookups.barrierefreiheit, (value) =>
    unmapped('barrierefreiheit', value, 'Merkmalen der Barrierefreiheit'),
  );

  const requirementsText = htmlToMarkdown(text(offer.anforderungen));
  const requirements = requirementsText
    .split(/\n|;/)
    .map((line) => line.replace(/^(-|\d+\.)\s+/, '').replace(/\*/g, '').trim())
    .filter(Boolean)
    .map((line) => (line.length > 300 ? `${line.slice(0, 299)}…` : line))
    .slice(0, 20);
  const age = /(?:mindestens|ab)\s+(\d{1,2})\s+Jahre/i.exec(requirementsText);

  const postalCode = text(offer.plz);
  const city = text(offer.ort);
  const street = text(offer.strasse);
  if (!city) error('ort', 'fehlt; ohne Ort lässt sich das Angebot nicht einordnen.');
  if (!/^\d{5}$/.test(postalCode)) error('plz', postalCode ? `„${postalCode}“ ist keine fünfstellige Postleitzahl.` : 'fehlt.');
  const lat = coordinate(offer.geo_breite);
  const lon = coordinate(offer.geo_laenge);

  const contact = (offer.kontakt ?? {}) as Element;
  const contactName = [text(contact.vorname), text(contact.nachname)].filter(Boolean).join(' ') || text(contact.name) || organisationName;
  const email = text(contact.email);
  if (!email) error('kontakt', 'Keine E-Mail-Adresse: Anfragen von Freiwilligen brauchen eine.');
  const phone = text(contact.telefon);
  if (phone && !/^[0-9 +()/-]{5,40}$/.test(phone)) unmapped('kontakt/telefon', phone, 'Telefonnummern (nur Ziffern, Leerzeichen und + ( ) / -)');

  if (errors.length > 0) {
    result.errors.push(...errors);
    return undefined;
  }
  const input: OpportunityInput = {
    title,
    summary,
    description,
    organisation: { name: organisationName, type: organisationType(organisationName) },
    contact: { name: contactName, email, ...(phone && /^[0-9 +()/-]{5,40}$/.test(phone) ? { phone } : {}), public: false },
    categories,
    targetGroups,
    location: { type: 'onsite', address: { ...(street ? { street } : {}), postalCode, city } },
    schedule: scheduleFromText(text(offer.zeitlicherrahmen)),
    languages: ['de'],
    accessibility: { features },
    benefits,
    ...(requirements.length ? { requirements } : {}),
    ...(age ? { minimumAge: Number(age[1]) } : {}),
  };
  return {
    sourceId,
    where,
    label: where,
    input,
    coordinates: lat !== undefined && lon !== undefined ? { lat, lon } : undefined,
    fields: {
      '/title': 'angebotsname',
      '/summary': 'kurz_beschreibung',
      '/description': 'beschreibung',
      '/organisation': 'einrichtungsname',
      '/contact': 'kontakt',
      '/categories': 'handlungsfelder',
      '/targetGroups': 'zielgruppen',
      '/location/address/street': 'strasse',
      '/location/address/postalCode': 'plz',
      '/location/address/city': 'ort',
      '/location': 'ort',
      '/schedule': 'zeitlicherrahmen',
      '/requirements': 'anforderungen',
      '/benefits': 'leistungen',
      '/accessibility': 'barrierefreiheit',
    },
  };
}

/** Text content of an element: strings as they are, numbers as text, CDATA merged by the parser. */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return text((value as Element)['#text']);
  return '';
}

function items(container: unknown, name: string): string[] {
  if (!container || typeof container !== 'object') return [];
  const list = (container as Element)[name];
  return Array.isArray(list) ? list.map(text).filter(Boolean) : [];
}

function mapList<Id extends string>(values: string[], lookup: Lookup<Id>, onUnknown: (value: string) => void): Id[] {
  const ids: Id[] = [];
  for (const value of values) {
    const id = lookup(value);
    if (id === undefined) onUnknown(value);
    else if (id !== null && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function coordinate(value: unknown): number | undefined {
  const raw = text(value).replace(',', '.');
  if (raw === '') return undefined;
  const number = Number(raw);
  return Number.isFinite(number) ? number : undefined;
}

function organisationType(name: string): OrganisationType {
  const folded = ` ${fold(name)} `;
  for (const [word, type] of organisationForms) if (folded.includes(` ${word} `)) return type;
  return 'sonstige';
}

/** A summary where Freinet has none: the description's first sentence, within 300 characters. */
function firstSentence(markdown: string): string {
  const plain = markdown.replace(/\*|\[|\]\([^)]*\)|^- /gm, '').replace(/\s+/g, ' ').trim();
  const sentence = /^.{10,}?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
  return sentence.length > 300 ? `${sentence.slice(0, 299)}…` : sentence;
}
