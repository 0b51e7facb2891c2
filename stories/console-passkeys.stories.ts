import type { Passkey } from '@mitmachen/contract';
import { html } from 'lit';
import '../packages/console/src/passkeys/define.js';
import { apiError } from './support/console-fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** The signed-in person's passkeys (on the sessions page): list, add, remove. */
type Story = StoryObj<Record<string, never>>;
type Context = Parameters<NonNullable<Story['render']>>[1];

const theme = (context: Context) => globalsOf(context).theme;

function passkeys(): Passkey[] {
  const accountId = '5b0c6a53-54c4-4c67-9d1b-0b7f3b2f1a01';
  return [
    { id: 'a1f0c2d4-1111-4b5a-9c8d-000000000001', accountId, name: 'Laptop im Büro', backedUp: false, createdAt: '2026-11-30T08:12:00Z', lastUsedAt: '2026-12-04T07:58:00Z' },
    { id: 'a1f0c2d4-1111-4b5a-9c8d-000000000002', accountId, name: 'Telefon (Schlüsselbund)', backedUp: true, createdAt: '2026-11-12T15:40:00Z', lastUsedAt: null },
    { id: 'a1f0c2d4-1111-4b5a-9c8d-000000000003', accountId, name: 'Sicherheitsschlüssel Vertretung', backedUp: false, createdAt: '2026-10-02T10:05:00Z', lastUsedAt: '2026-10-20T13:30:00Z' },
  ];
}

const meta: Meta<Record<string, never>> = {
  title: 'Console/Passkeys',
  component: 'mitmachen-console-passkeys',
  render: (_args, context) => html`<mitmachen-console-passkeys .items=${passkeys()} .supported=${true} theme=${theme(context)}></mitmachen-console-passkeys>`,
};
export default meta;

/** Three passkeys, one synced, one never used; the form to add another. */
export const Passkeys: Story = {};

/** No passkey yet: sign-in is by link only. */
export const Empty: Story = {
  render: (_args, context) => html`<mitmachen-console-passkeys .items=${[]} .supported=${true} theme=${theme(context)}></mitmachen-console-passkeys>`,
};

/** Waiting for the list. */
export const Loading: Story = {
  render: (_args, context) => html`<mitmachen-console-passkeys .supported=${true} theme=${theme(context)}></mitmachen-console-passkeys>`,
};

/** The list could not be loaded (network). */
export const LoadError: Story = {
  render: (_args, context) => html`<mitmachen-console-passkeys .error=${apiError(0)} .supported=${true} theme=${theme(context)}></mitmachen-console-passkeys>`,
};

/** A browser without WebAuthn: the list, and no form. */
export const Unsupported: Story = {
  render: (_args, context) => html`<mitmachen-console-passkeys .items=${passkeys()} .supported=${false} theme=${theme(context)}></mitmachen-console-passkeys>`,
};
