import '../packages/elements/src/interest-form/define.js';
import { formStory, type Entries, type FormState } from './support/form-story.js';
import type { Meta, StoryObj } from './support/story.js';

type Story = StoryObj;

const filled: Entries = [
  ['name', 'Max Mustermann'],
  ['email', 'max@example.net'],
  ['phone', '0351 123456'],
  ['message', 'Ich hätte mittwochs Zeit und würde gern beim Vorlesen mitmachen.'],
  ['consent', true],
];

const invalid: Entries = [
  ['name', 'M'],
  ['email', 'max@'],
  ['phone', 'abends'],
  ['message', 'Hallo'],
];

const story = (state: FormState, entries: Entries = filled): Story => ({
  render: (_args, context) => formStory('mitmachen-interest-form', state, entries, context),
});

const meta: Meta = {
  title: 'Elements/mitmachen-interest-form',
  component: 'mitmachen-interest-form',
};
export default meta;

/** Nothing typed yet. */
export const Empty = story('empty');
/** Everything filled in, consent given, not sent yet. */
export const Filled = story('filled');
/** Each field left with a value that will not do: the messages next to the fields. */
export const FieldErrors = story('field-errors', invalid);
/** Sent with half the fields empty: the summary at the top, focus on it. */
export const ErrorSummary = story('summary');
/** Sent, the server has not answered yet. */
export const Sending = story('sending');
/** Sent while offline: everything is kept, and can be sent again. */
export const NetworkFailure = story('failure');
/** Accepted: what happens next. */
export const Success = story('success');
