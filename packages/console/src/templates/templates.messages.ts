import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'Textbausteine',
  intro:
    'Begründungen, die beim Ablehnen oder Zurückgeben einer Veröffentlichung gewählt werden können. Die Autorin oder der Autor bekommt den Text per E-Mail. Bausteine der Plattform ändert nur der Betrieb.',
  createHeading: 'Neuen Textbaustein anlegen',
  editHeading: (title: string) => `Textbaustein „${title}“ ändern`,
  title: 'Titel',
  titleHint: 'Kurz, zum Wiederfinden in der Auswahl, etwa „Telefonnummer im Text“.',
  titleMissing: 'Bitte geben Sie einen Titel mit mindestens 2 Zeichen an.',
  text: 'Text an die Autorin oder den Autor',
  textMissing: 'Bitte schreiben Sie einen Text mit mindestens 3 Zeichen.',
  create: 'Anlegen',
  save: 'Speichern',
  cancel: 'Abbrechen',
  caption: 'Textbausteine nach Titel',
  scope: 'Gilt für',
  platform: 'ganze Plattform',
  agency: 'Ihre Agentur',
  status: 'Status',
  active: 'in Gebrauch',
  archived: 'archiviert',
  actions: 'Aktionen',
  edit: 'Ändern',
  editLabel: (title: string) => `Ändern: Textbaustein „${title}“`,
  archive: 'Archivieren',
  archiveLabel: (title: string) => `Archivieren: Textbaustein „${title}“`,
  restore: 'Wieder verwenden',
  restoreLabel: (title: string) => `Wieder verwenden: Textbaustein „${title}“`,
  created: (title: string) => `Der Textbaustein „${title}“ ist angelegt.`,
  saved: (title: string) => `Der Textbaustein „${title}“ ist gespeichert.`,
  archivedNow: (title: string) => `Der Textbaustein „${title}“ ist archiviert und wird nicht mehr angeboten.`,
  restored: (title: string) => `Der Textbaustein „${title}“ wird wieder angeboten.`,
  none: 'Noch keine Textbausteine.',
};

export type TemplatesMessages = typeof de;

export const templatesMessages = defineMessages(de, () => import('./templates.messages.en.js'));
