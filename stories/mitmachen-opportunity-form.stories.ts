import '../packages/elements/src/opportunity-form/define.js';
import { formStory, type Entries, type FormState } from './support/form-story.js';
import type { Meta, StoryObj } from './support/story.js';

type Story = StoryObj;

/** A date some weeks ahead, so the story never shows a date in the past. */
function ahead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const filled: Entries = [
  ['orgName', 'Förderverein Stadtbibliothek Meißen e. V.'],
  ['orgType', 'verein'],
  ['website', 'https://bibliothek-meissen.example'],
  ['contactName', 'Anna Beispiel'],
  ['contactEmail', 'anna@example.org'],
  ['contactPhone', '03521 123456'],
  ['contactPublic', true],
  ['title', 'Vorlesepatin oder Vorlesepate in der Stadtbibliothek'],
  ['summary', 'Lesen Sie Kindern im Grundschulalter einmal pro Woche vor.'],
  ['description', 'Wir suchen Menschen, die Freude am Vorlesen haben.\n\nDie Vorlesestunde findet jeden Mittwoch statt.'],
  ['tasks', 'Bücher aussuchen\nVorlesen\nÜber die Geschichten sprechen'],
  ['categories', ['bildung', 'kinder-jugend']],
  ['targetGroups', ['seniors']],
  ['minimumAge', '16'],
  ['locationType', 'onsite'],
  ['street', 'Kirchgasse 1'],
  ['postalCode', '01662'],
  ['city', 'Meißen'],
  ['scheduleType', 'regular'],
  ['hoursPerWeek', '1'],
  ['days', ['we']],
  ['slotFrom', '15:00'],
  ['slotTo', '16:00'],
  ['benefits', ['insurance']],
  ['features', ['step-free']],
  ['expiresAt', ahead(90)],
  ['consent', true],
];

const invalid: Entries = [
  ['orgName', 'F'],
  ['website', 'bibliothek.example'],
  ['contactName', 'A'],
  ['contactEmail', 'anna@'],
  ['contactPhone', 'mittags'],
  ['title', 'Lesen'],
  ['summary', 'Vorlesen.'],
  ['categories', ['bildung', 'kinder-jugend', 'senioren', 'soziales']],
  ['minimumAge', '120'],
  ['locationType', 'onsite'],
  ['postalCode', '1662'],
  ['scheduleType', 'one-time'],
  ['date0', '2020-01-01'],
  ['from0', '16:00'],
  ['to0', '15:00'],
];

const story = (state: FormState, entries: Entries = filled): Story => ({
  render: (_args, context) => formStory('mitmachen-opportunity-form', state, entries, context),
});

const meta: Meta = {
  title: 'Elements/mitmachen-opportunity-form',
  component: 'mitmachen-opportunity-form',
};
export default meta;

/** Nothing typed yet: where and when ask first what kind of place and time it is. */
export const Empty = story('empty');
/** A regular opportunity on site, every section filled, consent given, not sent yet. */
export const Filled = story('filled');
/** Fields left with values that will not do, a one-time date in the past with its end before its start. */
export const FieldErrors = story('field-errors', invalid);
/** Sent with nearly everything empty: the summary at the top, focus on it. */
export const ErrorSummary = story('summary');
/** Sent, the server has not answered yet. */
export const Sending = story('sending');
/** Sent while offline: everything is kept, and can be sent again. */
export const NetworkFailure = story('failure');
/** Accepted for review: what happens next. */
export const Success = story('success');
