import type { MitmachenClient } from '@mitmachen/sdk';
import { html, nothing } from 'lit';
import '../packages/elements/src/search/define.js';
import { failingClient, fixtureClient, pendingClient } from './support/clients.js';
import { LONG_ORGANISATION, LONG_WORDS, listItem, manyListItems, missingImageUrl } from './support/fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** What a search story sets in the controls (the element's attributes). */
interface SearchArgs {
  pageSize: number;
  /** Districts, space-separated; empty for all. */
  region: string;
  /** Categories, space-separated; empty for all. */
  categories: string;
}

type Story = StoryObj<SearchArgs>;
type Context = Parameters<NonNullable<Story['render']>>[1];

/** The search over `client`'s API (see support/clients.ts: the story answers its own requests). */
function search(args: SearchArgs, context: Context, client: MitmachenClient) {
  return html`<mitmachen-search
    .client=${client}
    page-size=${args.pageSize}
    region=${args.region === '' ? nothing : args.region}
    categories=${args.categories === '' ? nothing : args.categories}
    theme=${globalsOf(context).theme}
  ></mitmachen-search>`;
}

const meta: Meta<SearchArgs> = {
  title: 'Elements/mitmachen-search',
  component: 'mitmachen-search',
  args: { pageSize: 12, region: '', categories: '' },
  argTypes: {
    pageSize: { control: { type: 'number', min: 1, max: 50 } },
  },
  render: (args, context) => search(args, context, fixtureClient(manyListItems(30))),
};
export default meta;

/** Thirty results over three pages, with filters and their counts. */
export const Default: Story = {};

/** The first search has not been answered yet: placeholders where the cards will be. */
export const Loading: Story = {
  render: (args, context) => search(args, context, pendingClient()),
};

/** Nothing matches. */
export const Empty: Story = {
  render: (args, context) => search(args, context, fixtureClient([])),
};

/** The API cannot be reached. */
export const LoadError: Story = {
  render: (args, context) => search(args, context, failingClient('network')),
};

/** The API is overloaded (503). */
export const Busy: Story = {
  render: (args, context) => search(args, context, failingClient(503)),
};

export const OneResult: Story = {
  render: (args, context) => search(args, context, fixtureClient([listItem()])),
};

/** Fifty results on one page (the API's largest page). */
export const FiftyResults: Story = {
  args: { pageSize: 50 },
  render: (args, context) => search(args, context, fixtureClient(manyListItems(50))),
};

/** Overlong German compounds in titles, summaries and organisations. */
export const LongGermanWords: Story = {
  render: (args, context) =>
    search(args, context, fixtureClient([listItem(LONG_WORDS), ...manyListItems(3), listItem({ ...LONG_WORDS, id: '0b7f3c1e-52d4-4a8e-9c61-aaaaaaaaaaaa' })])),
};

/** Results whose images do not load. */
export const MissingImage: Story = {
  render: (args, context) =>
    search(
      args,
      context,
      fixtureClient(manyListItems(4).map((item) => ({ ...item, image: { url: missingImageUrl(), alt: 'Kinder beim Vorlesen' } }))),
    ),
};

/** An organisation with a very long name, in the cards and the organisation filter. */
export const LongOrganisationName: Story = {
  render: (args, context) => search(args, context, fixtureClient([listItem(LONG_ORGANISATION), ...manyListItems(3)])),
};

/** A site that covers two districts: the user searches within them. */
export const Regional: Story = {
  args: { region: 'dresden meissen' },
};
