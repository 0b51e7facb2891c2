import type { Statistics, StatisticsRow } from '@mitmachen/contract';
import { html } from 'lit';
import '../packages/console/src/statistics/define.js';
import { apiError, consoleSession, consoleStatistics } from './support/console-fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** Figures: listings per region and state, a table with a bar chart beside it. */
type Story = StoryObj<Record<string, never>>;
type Context = Parameters<NonNullable<Story['render']>>[1];

const theme = (context: Context) => globalsOf(context).theme;
const analyst = consoleSession('analyst');

/** Twelve months of an agency's figures, as `GET /v1/statistics` gives them. */
function monthly(): Statistics {
  const totals: StatisticsRow[] = Array.from({ length: 12 }, (_, index) => {
    const month = String(index + 1).padStart(2, '0');
    const last = new Date(Date.UTC(2026, index + 1, 0)).getUTCDate();
    const requests = [9, 12, 15, 21, 26, 30, 18, 14, 24, 28, 22, 17][index] as number;
    return {
      period: `2026-${month}`,
      from: `2026-${month}-01`,
      to: `2026-${month}-${last}`,
      region: null,
      newListings: 4 + (index % 5),
      publishedListings: 3 + (index % 4),
      expiredListings: index % 3,
      contactRequests: requests,
      replies: Math.round(requests * 0.6),
      placements: Math.round(requests * 0.3),
      noReply: Math.round(requests * 0.1),
      activeOrganisations: 11 + (index % 6),
      medianReviewHours: index === 0 ? null : 14 + index * 1.5,
      medianFirstReplyHours: index < 2 ? null : 40 + index * 2,
    };
  });
  return { from: '2026-01-01', to: '2026-12-31', interval: 'month', rows: [], totals };
}

const meta: Meta<Record<string, never>> = {
  title: 'Console/Figures',
  component: 'mitmachen-console-statistics',
  render: (_args, context) =>
    html`<mitmachen-console-statistics
      .session=${analyst}
      .statistics=${consoleStatistics()}
      .figures=${monthly()}
      theme=${theme(context)}
    ></mitmachen-console-statistics>`,
};
export default meta;

/** Two districts. */
export const Figures: Story = {};

/** Nothing published in the scope yet. */
export const Empty: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-statistics .session=${analyst} .statistics=${{ regions: [] }} theme=${theme(context)}></mitmachen-console-statistics>`,
};

/** Still loading. */
export const Loading: Story = {
  render: (_args, context) => html`<mitmachen-console-statistics .session=${analyst} theme=${theme(context)}></mitmachen-console-statistics>`,
};

/** The figures could not be loaded. */
export const LoadError: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-statistics .session=${analyst} .error=${apiError(0)} theme=${theme(context)}></mitmachen-console-statistics>`,
};

/** The figures per month with the chart showing placements. */
export const PlacementsChart: Story = {
  play: async ({ canvasElement }) => {
    const screen = canvasElement.querySelector('mitmachen-console-statistics');
    const select = screen?.shadowRoot?.querySelector<HTMLSelectElement>('#chart-figure');
    if (select) {
      select.value = 'placements';
      select.dispatchEvent(new Event('change'));
    }
  },
};

/** No figures for the period yet. */
export const MonthlyEmpty: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-statistics
      .session=${analyst}
      .statistics=${consoleStatistics()}
      .figures=${{ ...monthly(), totals: [] }}
      theme=${theme(context)}
    ></mitmachen-console-statistics>`,
};

/** The figures per month could not be loaded; the listings' state could. */
export const MonthlyError: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-statistics
      .session=${analyst}
      .statistics=${consoleStatistics()}
      .figuresError=${apiError(0)}
      theme=${theme(context)}
    ></mitmachen-console-statistics>`,
};
