import type { ExpiringList, UnansweredList } from '@mitmachen/contract';
import { html } from 'lit';
import '../packages/console/src/lifecycle/define.js';
import { apiError, consoleSession } from './support/console-fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** The queue's lifecycle tabs: "läuft ab" (extend, ask "still current?") and "unbeantwortet" (mark dealt with). */
type Story = StoryObj<Record<string, never>>;
type Context = Parameters<NonNullable<Story['render']>>[1];

const theme = (context: Context) => globalsOf(context).theme;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const expiring: ExpiringList = {
  total: 3,
  days: 14,
  items: [
    {
      kind: 'opportunity',
      id: '5f0c3c1e-3d57-4d0a-9a52-1f0a7d7e0001',
      title: 'Lesepatenschaft in der Grundschule Pieschen',
      region: 'dresden',
      organisation: 'Bürgerverein Pieschen e. V.',
      expiresAt: inDays(2),
      daysLeft: 2,
      remindersSent: 2,
      askedAt: null,
      confirmBy: null,
      authorReachable: true,
    },
    {
      kind: 'opportunity',
      id: '5f0c3c1e-3d57-4d0a-9a52-1f0a7d7e0002',
      title: 'Fahrdienst für die Tafel Dresden',
      region: 'dresden',
      organisation: 'Dresdner Tafel e. V.',
      expiresAt: inDays(6),
      daysLeft: 6,
      remindersSent: 1,
      askedAt: ago(3),
      confirmBy: inDays(11),
      authorReachable: true,
    },
    {
      kind: 'opportunity',
      id: '5f0c3c1e-3d57-4d0a-9a52-1f0a7d7e0003',
      title: 'Gartenpflege im Seniorenheim',
      region: 'dresden',
      organisation: 'Seniorenhaus Am Elbufer',
      expiresAt: inDays(12),
      daysLeft: 12,
      remindersSent: 0,
      askedAt: null,
      confirmBy: null,
      authorReachable: false,
    },
  ],
};

const unanswered: UnansweredList = {
  total: 2,
  items: [
    {
      kind: 'opportunity',
      id: '5f0c3c1e-3d57-4d0a-9a52-1f0a7d7e0004',
      title: 'Hausaufgabenhilfe im Stadtteiltreff',
      region: 'dresden',
      status: 'published',
      organisation: 'Stadtteiltreff Gorbitz',
      flaggedAt: ago(2),
      noReply: 3,
      requests: 4,
      answered: 0,
      placed: 1,
      organisationNotifiedAt: ago(2),
    },
    {
      kind: 'offer',
      id: '5f0c3c1e-3d57-4d0a-9a52-1f0a7d7e0005',
      title: 'Ich begleite bei Behördengängen',
      region: 'dresden',
      status: 'published',
      organisation: 'Amira K.',
      flaggedAt: ago(9),
      noReply: 2,
      requests: 2,
      answered: 0,
      placed: 0,
      organisationNotifiedAt: null,
    },
  ],
};

const meta: Meta<Record<string, never>> = {
  title: 'Console/Lifecycle tabs',
  component: 'mitmachen-console-lifecycle',
  render: (_args, context) => html`<mitmachen-console-lifecycle tab="expiring" .list=${expiring} theme=${theme(context)}></mitmachen-console-lifecycle>`,
};
export default meta;

/** "Läuft ab": one asked already, one without an address. */
export const Expiring: Story = {};

/** As the agency's admin sees it: below the list, how often authors are asked "still current?". */
export const ExpiringAsAgencyAdmin: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-lifecycle tab="expiring" .list=${expiring} .agency=${consoleSession('agency_admin').agency} theme=${theme(context)}></mitmachen-console-lifecycle>`,
};

/** Nothing ends within the look-ahead. */
export const ExpiringEmpty: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-lifecycle tab="expiring" .list=${{ total: 0, days: 14, items: [] }} theme=${theme(context)}></mitmachen-console-lifecycle>`,
};

/** "Unbeantwortet": one organisation was told, one has no address. */
export const Unanswered: Story = {
  render: (_args, context) => html`<mitmachen-console-lifecycle tab="unanswered" .list=${unanswered} theme=${theme(context)}></mitmachen-console-lifecycle>`,
};

/** No flagged listing. */
export const UnansweredEmpty: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-lifecycle tab="unanswered" .list=${{ total: 0, items: [] }} theme=${theme(context)}></mitmachen-console-lifecycle>`,
};

/** Still loading. */
export const Loading: Story = {
  render: (_args, context) => html`<mitmachen-console-lifecycle tab="expiring" theme=${theme(context)}></mitmachen-console-lifecycle>`,
};

/** The list could not be loaded. */
export const LoadError: Story = {
  render: (_args, context) => html`<mitmachen-console-lifecycle tab="unanswered" .error=${apiError(0)} theme=${theme(context)}></mitmachen-console-lifecycle>`,
};
