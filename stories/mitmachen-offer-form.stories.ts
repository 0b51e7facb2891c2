import '../packages/elements/src/offer-form/define.js';
import { formStory, type Entries, type FormState } from './support/form-story.js';
import type { Meta, StoryObj } from './support/story.js';

type Story = StoryObj;

const filled: Entries = [
  ['displayName', 'Gartenfreundin'],
  ['email', 'gartenfreundin@example.com'],
  ['ageGroup', '50-64'],
  ['title', 'Ich helfe beim Gärtnern und bei Pflanzaktionen'],
  ['description', 'Ich habe samstags Zeit und einen grünen Daumen. Gern auch mit Kindern.'],
  ['categories', ['umwelt-naturschutz']],
  ['availability', 'regular'],
  ['hoursPerWeek', '3'],
  ['days', ['sa']],
  ['place', 'Freital'],
  ['radiusKm', '15'],
  ['consent', true],
];

const invalid: Entries = [
  ['displayName', 'G'],
  ['email', 'garten@'],
  ['title', 'Hilfe'],
  ['description', 'Zu kurz.'],
  ['categories', ['umwelt-naturschutz', 'kinder-jugend', 'bildung', 'senioren']],
  ['availability', 'regular'],
  ['hoursPerWeek', '60'],
  ['place', 'F'],
  ['radiusKm', '500'],
];

const story = (state: FormState, entries: Entries = filled): Story => ({
  render: (_args, context) => formStory('mitmachen-offer-form', state, entries, context),
});

const meta: Meta = {
  title: 'Elements/mitmachen-offer-form',
  component: 'mitmachen-offer-form',
};
export default meta;

/** Nothing typed yet (the radius starts at 10 km). */
export const Empty = story('empty');
/** Everything filled in, consent given, not sent yet. */
export const Filled = story('filled');
/** Each field left with a value that will not do: the messages next to the fields. */
export const FieldErrors = story('field-errors', invalid);
/** Sent with most fields empty: the summary at the top, focus on it. */
export const ErrorSummary = story('summary');
/** Sent, the server has not answered yet. */
export const Sending = story('sending');
/** Sent while offline: everything is kept, and can be sent again. */
export const NetworkFailure = story('failure');
/** Accepted for review: what happens next. */
export const Success = story('success');
