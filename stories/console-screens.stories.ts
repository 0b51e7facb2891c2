import { html } from 'lit';
import '../packages/console/src/audit/define.js';
import '../packages/console/src/sessions/define.js';
import '../packages/console/src/staff/define.js';
import '../packages/console/src/tokens/define.js';
import { apiError, auditLog, consoleSession, sessions, staffAccounts, tokens } from './support/console-fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** The console's other screens: sessions, API tokens, audit log, staff. */
type Story = StoryObj<Record<string, never>>;
type Context = Parameters<NonNullable<Story['render']>>[1];

const theme = (context: Context) => globalsOf(context).theme;
const admin = consoleSession('agency_admin');

const meta: Meta<Record<string, never>> = {
  title: 'Console/Screens',
  component: 'mitmachen-console-sessions',
  render: (_args, context) => html`<mitmachen-console-sessions .session=${admin} .items=${sessions()} theme=${theme(context)}></mitmachen-console-sessions>`,
};
export default meta;

/** Where one is signed in, each session with a button to end it. */
export const Sessions: Story = {};

/** The sessions could not be loaded. */
export const SessionsError: Story = {
  render: (_args, context) => html`<mitmachen-console-sessions .error=${apiError(0)} theme=${theme(context)}></mitmachen-console-sessions>`,
};

/** API tokens with their last use, one revoked. */
export const Tokens: Story = {
  render: (_args, context) => html`<mitmachen-console-tokens .session=${admin} .items=${tokens()} theme=${theme(context)}></mitmachen-console-tokens>`,
};

/** A token just created: its secret, shown this once. */
export const TokenCreated: Story = {
  render: (_args, context) => {
    const [first, ...others] = tokens();
    const created = { ...first!, id: 't0', name: 'Neuer Export', token: 'mm_3fa9c1d27e8b4f06a5d9e2c7b1f04a83', lastUsedAt: null };
    return html`<mitmachen-console-tokens .session=${admin} .created=${created} .items=${[created, first, ...others]} theme=${theme(context)}></mitmachen-console-tokens>`;
  },
};

/** No tokens yet. */
export const TokensEmpty: Story = {
  render: (_args, context) => html`<mitmachen-console-tokens .session=${admin} .items=${[]} theme=${theme(context)}></mitmachen-console-tokens>`,
};

/** The audit log, newest first: an edit as a diff, a rejection with its reason, a sign-in. */
export const AuditLog: Story = {
  render: (_args, context) => html`<mitmachen-console-audit .session=${admin} .log=${auditLog()} theme=${theme(context)}></mitmachen-console-audit>`,
};

/** No entries for the chosen filters. */
export const AuditLogEmpty: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-audit .session=${admin} .filters=${{ action: 'hide' }} .log=${{ total: 0, items: [] }} theme=${theme(context)}></mitmachen-console-audit>`,
};

/** The audit log is not for this role (403). */
export const AuditLogForbidden: Story = {
  render: (_args, context) => html`<mitmachen-console-audit .error=${apiError(403)} theme=${theme(context)}></mitmachen-console-audit>`,
};

/** Staff of the agency, one disabled, and the form to add a person. */
export const Staff: Story = {
  render: (_args, context) => html`<mitmachen-console-staff .session=${admin} .items=${staffAccounts()} theme=${theme(context)}></mitmachen-console-staff>`,
};
