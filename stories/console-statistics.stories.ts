import { html } from 'lit';
import '../packages/console/src/statistics/define.js';
import { apiError, consoleSession, consoleStatistics } from './support/console-fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** Figures: listings per region and state, a table with a bar chart beside it. */
type Story = StoryObj<Record<string, never>>;
type Context = Parameters<NonNullable<Story['render']>>[1];

const theme = (context: Context) => globalsOf(context).theme;
const analyst = consoleSession('analyst');

const meta: Meta<Record<string, never>> = {
  title: 'Console/Figures',
  component: 'mitmachen-console-statistics',
  render: (_args, context) =>
    html`<mitmachen-console-statistics .session=${analyst} .statistics=${consoleStatistics()} theme=${theme(context)}></mitmachen-console-statistics>`,
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
  render: (_args, context) => html`<mitmachen-console-statistics .session=${analyst} .error=${apiError(0)} theme=${theme(context)}></mitmachen-console-statistics>`,
};
