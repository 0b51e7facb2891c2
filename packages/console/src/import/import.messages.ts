import type { ImportListingOutcome } from '@mitmachen/contract';
import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'Angebote importieren',
  intro:
    'Bringen Sie Angebote aus Freinet-Online (XML-Export) oder aus einer Tabelle (CSV) herein. Zuerst zeigt ein Probelauf, was sich ändern würde, ohne etwas zu speichern. Ein erneuter Import derselben Datei aktualisiert die Angebote (erkannt an ihrer ID) und legt nichts doppelt an.',
  template: 'CSV-Vorlage herunterladen',
  templateHint: 'Die Vorlage nennt alle Spalten und enthält zwei Beispielzeilen.',
  format: 'Format der Datei',
  formats: { freinet: 'Freinet-Online (XML)', csv: 'Tabelle (CSV)' },
  file: 'Datei',
  fileHint: 'Höchstens 10 MB. Eine Datei mit Fehlern wird ganz abgelehnt; dann wird nichts gespeichert.',
  fileMissing: 'Bitte wählen Sie eine Datei.',
  fileEmpty: 'Die Datei ist leer.',
  fileTooLarge: 'Die Datei ist größer als 10 MB. Bitte teilen Sie sie in mehrere Dateien auf.',
  chosen: (name: string, size: string) => `Gewählt: ${name} (${size})`,
  agency: 'Agentur',
  agencyHint: 'In deren Warteschlange kommen die Angebote.',
  agencyMissing: 'Bitte wählen Sie die Agentur.',
  chooseAgency: 'Bitte wählen …',
  publish: 'Sofort veröffentlichen (ohne Prüfung in der Warteschlange)',
  dryRun: 'Probelauf',
  checking: 'Wird geprüft …',
  importNow: 'Jetzt importieren',
  importing: 'Wird importiert …',
  /** Said in the live region while the server works: a large file takes a while. */
  working: (dryRun: boolean): string =>
    dryRun
      ? 'Die Datei wird geprüft. Bei vielen Angeboten dauert das bis zu einer Minute.'
      : 'Die Angebote werden gespeichert. Bei vielen Angeboten dauert das einige Minuten. Bitte lassen Sie die Seite offen.',
  reportHeading: (dryRun: boolean): string => (dryRun ? 'Ergebnis des Probelaufs' : 'Ergebnis des Imports'),
  summary: (dryRun: boolean, publish: boolean, counts: Record<ImportListingOutcome['outcome'], number>) =>
    `${dryRun ? 'Würde' : 'Wurde'}: ${counts.new} neu, ${counts.updated} aktualisiert, ${counts.unchanged} unverändert${dryRun ? ' – noch ist nichts gespeichert.' : '.'} ${
      publish ? 'Die Angebote sind veröffentlicht.' : 'Die Angebote warten in der Warteschlange auf Prüfung.'
    }`,
  refused: (count: number) => `Die Datei wurde abgelehnt: ${count === 1 ? '1 Fehler' : `${count} Fehler`}. Es wurde nichts gespeichert. Bitte korrigieren Sie die Datei und prüfen Sie sie erneut.`,
  errorsCaption: 'Fehler in der Datei',
  unmappedCaption: (count: number) => `Nicht zugeordnete Werte (${count}), übergangen`,
  listingsCaption: 'Angebote',
  more: (count: number) => `… und ${count} weitere Angebote.`,
  noListings: 'Die Datei enthält keine Angebote.',
  where: 'Wo',
  field: 'Spalte oder Feld',
  problem: 'Hinweis',
  listing: 'Angebot',
  outcome: 'Ergebnis',
  outcomes: { new: 'neu', updated: 'aktualisiert', unchanged: 'unverändert' },
  changedChoices: 'Datei oder Auswahl haben sich geändert: bitte erst wieder einen Probelauf.',
  done: (count: number) => `Import abgeschlossen: ${count === 1 ? '1 Angebot' : `${count} Angebote`} gespeichert.`,
};

export type ImportMessages = typeof de;

export const importMessages = defineMessages(de, () => import('./import.messages.en.js'));
