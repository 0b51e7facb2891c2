import type { OpportunityListItem } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { html, nothing } from 'lit';
import '../packages/elements/src/opportunity-card/define.js';
import { failingClient, fixtureClient, pendingClient } from './support/clients.js';
import { LONG_ORGANISATION, LONG_WORDS, listItem, manyListItems, missingImageUrl } from './support/fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** What a card story sets in the controls. */
interface CardArgs {
  /** Where the card leads; empty makes the title a button. */
  href: string;
  headingLevel: 2 | 3 | 4;
}

type Story = StoryObj<CardArgs>;
type Context = Parameters<NonNullable<Story['render']>>[1];

/** The card with its data given, or fetched by id through `client`. */
function card(args: CardArgs, context: Context, source: { item: OpportunityListItem } | { id: string; client: MitmachenClient }) {
  return html`<mitmachen-opportunity-card
    .opportunity=${'item' in source ? source.item : undefined}
    opportunity-id=${'id' in source ? source.id : nothing}
    .client=${'client' in source ? source.client : undefined}
    href=${args.href === '' ? nothing : args.href}
    heading-level=${args.headingLevel}
    theme=${globalsOf(context).theme}
  ></mitmachen-opportunity-card>`;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/mitmachen-opportunity-card',
  component: 'mitmachen-opportunity-card',
  args: { href: '#opportunity', headingLevel: 2 },
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
  },
  render: (args, context) => card(args, context, { item: listItem() }),
};
export default meta;

/** A card given its data, with an image and a link. */
export const Default: Story = {};

/** Without `href` the title is a button; the page handles `mitmachen-select`. */
export const AsButton: Story = { args: { href: '' } };

/** Fetching by `opportunity-id` while the API has not answered yet. */
export const Loading: Story = {
  render: (args, context) => card(args, context, { id: listItem().id, client: pendingClient() }),
};

/** The API cannot be reached: the card says so and offers to try again. */
export const LoadError: Story = {
  render: (args, context) => card(args, context, { id: listItem().id, client: failingClient('network') }),
};

/** The id names no published opportunity (removed, expired). */
export const NotFound: Story = {
  render: (args, context) => card(args, context, { id: '00000000-0000-4000-8000-000000000000', client: fixtureClient([]) }),
};

/** Fetched by id, with category names from the taxonomy. */
export const FetchedById: Story = {
  render: (args, context) => card(args, context, { id: listItem().id, client: fixtureClient([listItem()]) }),
};

/** Overlong German compounds in title, summary and organisation. */
export const LongGermanWords: Story = {
  render: (args, context) => card(args, context, { item: listItem(LONG_WORDS) }),
};

/** The listing's image does not load. */
export const MissingImage: Story = {
  render: (args, context) => card(args, context, { item: listItem({ image: { url: missingImageUrl(), alt: 'Kinder beim Vorlesen' } }) }),
};

/** A listing without an image at all. */
export const WithoutImage: Story = {
  render: (args, context) => card(args, context, { item: listItem({ image: undefined }) }),
};

export const LongOrganisationName: Story = {
  render: (args, context) => card(args, context, { item: listItem(LONG_ORGANISATION) }),
};

/** Filled, and kept in the search a while as its organisation chose: "Besetzt", in words. */
export const Filled: Story = {
  render: (args, context) => card(args, context, { item: listItem({ filled: true }) }),
};

/** Fifty cards in a list, as a page might show its featured opportunities. */
export const FiftyCards: Story = {
  render: (args, context) => html`<ul>
    ${manyListItems(50).map((item) => html`<li>${card({ ...args, href: args.href === '' ? '' : `${args.href}-${item.id}` }, context, { item })}</li>`)}
  </ul>`,
};
