import { html } from 'lit';
import '../packages/console/src/confirm/define.js';
import '../packages/console/src/sign-in/define.js';
import type { ConfirmState } from '../packages/console/src/confirm/confirm.js';
import type { SignInState } from '../packages/console/src/sign-in/sign-in.js';
import { ConsoleApiError } from '../packages/console/src/api/problem.js';
import { apiError } from './support/console-fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** The console's way in: ask for a link, then the page the link opens. */
interface SignInArgs {
  email: string;
}

type Story = StoryObj<SignInArgs>;
type Context = Parameters<NonNullable<Story['render']>>[1];

const signIn = (args: SignInArgs, context: Context, state: SignInState) =>
  html`<mitmachen-console-sign-in email=${args.email} .state=${state} theme=${globalsOf(context).theme}></mitmachen-console-sign-in>`;

const confirm = (context: Context, state: ConfirmState) =>
  html`<mitmachen-console-confirm token="story-token-0123456789abcdef" .state=${state} theme=${globalsOf(context).theme}></mitmachen-console-confirm>`;

const meta: Meta<SignInArgs> = {
  title: 'Console/Sign-in',
  component: 'mitmachen-console-sign-in',
  args: { email: '' },
  render: (args, context) => signIn(args, context, { kind: 'idle' }),
};
export default meta;

/** The e-mail field, empty. */
export const Default: Story = {};

/** Sending: the button says so and waits. */
export const Sending: Story = {
  args: { email: 'moderator.dresden@example.org' },
  render: (args, context) => signIn(args, context, { kind: 'sending' }),
};

/** "Check your mail": the same words whether or not the address is known. */
export const CheckYourMail: Story = {
  render: (args, context) => signIn(args, context, { kind: 'sent', email: 'moderator.dresden@example.org' }),
};

/** Too many attempts: the server asked to wait (429). */
export const TooManyAttempts: Story = {
  args: { email: 'moderator.dresden@example.org' },
  render: (args, context) => signIn(args, context, { kind: 'failed', error: apiError(429) }),
};

/** The server cannot be reached; the address stays in the field. */
export const NetworkError: Story = {
  args: { email: 'moderator.dresden@example.org' },
  render: (args, context) => signIn(args, context, { kind: 'failed', error: apiError(0) }),
};

/** The page a sign-in link opens: one button, which spends the link. */
export const Confirm: Story = {
  render: (_args, context) => confirm(context, { kind: 'idle' }),
};

/** A link that expired, was used, or was asked for in another browser. */
export const ConfirmInvalidLink: Story = {
  render: (_args, context) => confirm(context, { kind: 'failed', error: apiError(401) }),
};

/** A browser without passkeys (WebAuthn): the link is the only way in. */
export const LinkOnly: Story = {
  render: (args, context) =>
    html`<mitmachen-console-sign-in email=${args.email} .state=${{ kind: 'idle' }} .passkeys=${false} theme=${globalsOf(context).theme}></mitmachen-console-sign-in>`,
};

/** An operator with a passkey opened a link: the link is refused, the passkey is the way in. */
export const ConfirmPasskeyRequired: Story = {
  render: (_args, context) =>
    confirm(context, {
      kind: 'failed',
      error: new ConsoleApiError(403, { type: 'https://mitmachen.dev/problems/passkey-required', title: 'Passkey required', status: 403 }),
    }),
};
