/**
 * The spreadsheet's columns: German headers, one row per listing, lists separated by ";".
 * The template (vorlage.csv, served at /v1/import/template.csv) has exactly these headers.
 * `pointer` names the part of the posting a column fills, so later errors find their column.
 */
export interface Column {
  header: string;
  required?: boolean;
  pointer: string;
  /** What goes in, for the README's table and error messages. */
  hint: string;
}

export const csvColumns = [
  { header: 'ID', required: true, pointer: '/_id', hint: 'Ihre eigene, feste Nummer des Angebots; ein neuer Import mit derselben ID aktualisiert es' },
  { header: 'Titel', required: true, pointer: '/title', hint: '5 bis 140 Zeichen' },
  { header: 'Kurzbeschreibung', required: true, pointer: '/summary', hint: '10 bis 300 Zeichen' },
  { header: 'Beschreibung', required: true, pointer: '/description', hint: 'Text mit Absätzen; **fett**, *kursiv*, Listen mit „- “, Links [Text](https://…)' },
  { header: 'Organisation', required: true, pointer: '/organisation/name', hint: 'Name des Vereins oder der Einrichtung' },
  { header: 'Organisationsform', pointer: '/organisation/type', hint: 'Verein, Initiative, Stiftung, Kirchengemeinde, Kommune, Gemeinnützige GmbH, Sonstige' },
  { header: 'Website', pointer: '/organisation/website', hint: 'https://…' },
  { header: 'Kategorien', required: true, pointer: '/categories', hint: '1 bis 3, z. B. „Tierschutz; Umwelt & Naturschutz“' },
  { header: 'Zielgruppen', pointer: '/targetGroups', hint: 'Junge Menschen; Seniorinnen und Senioren; Familien; Gruppen; Wenig Deutschkenntnisse nötig' },
  { header: 'Art des Orts', pointer: '/location/type', hint: 'Vor Ort (Standard), Online, Vor Ort und online' },
  { header: 'Straße', pointer: '/location/address/street', hint: 'Straße und Hausnummer' },
  { header: 'PLZ', pointer: '/location/address/postalCode', hint: 'fünfstellig; für Online-Angebote leer lassen' },
  { header: 'Ort', pointer: '/location/address/city', hint: 'Ort in Sachsen' },
  { header: 'Landkreis', pointer: '/location/region', hint: 'nur für Online-Angebote ohne Adresse, z. B. „Landkreis Görlitz“' },
  { header: 'Zeitrahmen', pointer: '/schedule/type', hint: 'Einmalig, Regelmäßig oder Flexibel (Standard)' },
  { header: 'Termine', pointer: '/schedule/dates', hint: 'für „Einmalig“: „14.06.2031 09:00-15:00; 15.06.2031 09:00-12:00“' },
  { header: 'Stunden pro Woche', pointer: '/schedule/hoursPerWeek', hint: 'für „Regelmäßig“ nötig, z. B. 2 oder 1,5' },
  { header: 'Hinweis zur Zeit', pointer: '/schedule/note', hint: 'z. B. „dienstags 14 bis 16 Uhr“' },
  { header: 'Mindestalter', pointer: '/minimumAge', hint: 'ganze Zahl' },
  { header: 'Sprachen', pointer: '/languages', hint: 'Deutsch (Standard); Englisch; … oder Kürzel wie de; en' },
  { header: 'Barrierefreiheit', pointer: '/accessibility/features', hint: 'Stufenlos erreichbar; Barrierefreies WC; Induktionsschleife; Infos in Leichter Sprache; Mit Bus und Bahn erreichbar' },
  { header: 'Leistungen', pointer: '/benefits', hint: 'Einarbeitung und Schulungen; Versicherungsschutz; Aufwandsentschädigung; Engagementnachweis; Fachliche Begleitung' },
  { header: 'Aufgaben', pointer: '/tasks', hint: 'Liste, getrennt mit „;“' },
  { header: 'Voraussetzungen', pointer: '/requirements', hint: 'Liste, getrennt mit „;“' },
  { header: 'Ansprechperson', required: true, pointer: '/contact/name', hint: 'Name' },
  { header: 'E-Mail', required: true, pointer: '/contact/email', hint: 'Anfragen von Freiwilligen gehen dorthin' },
  { header: 'Telefon', pointer: '/contact/phone', hint: 'optional' },
  { header: 'Kontakt öffentlich', pointer: '/contact/public', hint: 'ja oder nein (Standard): Name, E-Mail und Telefon im Angebot zeigen' },
  { header: 'Ablaufdatum', pointer: '/expiresAt', hint: 'TT.MM.JJJJ; danach verschwindet das Angebot' },
  { header: 'Bild-URL', pointer: '/image/url', hint: 'https://…' },
  { header: 'Bild-Beschreibung', pointer: '/image/alt', hint: 'Alternativtext des Bildes' },
] as const satisfies readonly Column[];

export type Header = (typeof csvColumns)[number]['header'];

/** Language names people write in a spreadsheet, to ISO 639-1. */
export const languageNames: Record<string, string> = {
  deutsch: 'de',
  englisch: 'en',
  französisch: 'fr',
  spanisch: 'es',
  italienisch: 'it',
  polnisch: 'pl',
  tschechisch: 'cs',
  russisch: 'ru',
  ukrainisch: 'uk',
  arabisch: 'ar',
  türkisch: 'tr',
  persisch: 'fa',
  farsi: 'fa',
  vietnamesisch: 'vi',
  kurdisch: 'ku',
};
