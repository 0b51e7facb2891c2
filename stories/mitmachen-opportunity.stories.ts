import type { Opportunity } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { html, nothing } from 'lit';
import '../packages/elements/src/opportunity/define.js';
import { failingClient, fixtureClient, pendingClient } from './support/clients.js';
import { LONG_ORGANISATION, LONG_WORDS, missingImageUrl, opportunity } from './support/fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** What a detail story sets in the controls. */
interface DetailArgs {
  headingLevel: 2 | 3 | 4;
  /** The address shared and put in the calendar file. */
  shareUrl: string;
}

type Story = StoryObj<DetailArgs>;
type Context = Parameters<NonNullable<Story['render']>>[1];

/** The detail with its data given, or fetched by id through `client`. */
function detail(args: DetailArgs, context: Context, source: { data: Opportunity } | { id: string; client: MitmachenClient }) {
  return html`<mitmachen-opportunity
    .opportunity=${'data' in source ? source.data : undefined}
    opportunity-id=${'id' in source ? source.id : nothing}
    .client=${'client' in source ? source.client : undefined}
    heading-level=${args.headingLevel}
    share-url=${args.shareUrl}
    theme=${globalsOf(context).theme}
  ></mitmachen-opportunity>`;
}

const meta: Meta<DetailArgs> = {
  title: 'Elements/mitmachen-opportunity',
  component: 'mitmachen-opportunity',
  args: { headingLevel: 2, shareUrl: 'https://mitmachen.example/angebote/vorlesen' },
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
  },
  render: (args, context) => detail(args, context, { data: opportunity() }),
};
export default meta;

/** Every section filled: description, tasks, requirements, benefits, accessibility, contact. */
export const Default: Story = {};

/** Fetched by id, with the names of categories and benefits from the taxonomy. */
export const FetchedById: Story = {
  render: (args, context) => detail(args, context, { id: opportunity().id, client: fixtureClient([], [opportunity()]) }),
};

/** Only what the contract requires: the optional sections stay away. */
export const Minimal: Story = {
  render: (args, context) =>
    detail(args, context, {
      data: opportunity({
        tasks: [],
        requirements: [],
        benefits: [],
        targetGroups: [],
        accessibility: { features: [] },
        contact: undefined,
        image: undefined,
        minimumAge: undefined,
        expiresAt: undefined,
        location: { type: 'remote', region: 'dresden' },
        schedule: { type: 'flexible' },
      }),
    }),
};

/** Fetching by `opportunity-id` while the API has not answered yet. */
export const Loading: Story = {
  render: (args, context) => detail(args, context, { id: opportunity().id, client: pendingClient() }),
};

/** The API cannot be reached: the view says so and offers to try again. */
export const LoadError: Story = {
  render: (args, context) => detail(args, context, { id: opportunity().id, client: failingClient('network') }),
};

/** The API is overloaded (503). */
export const Busy: Story = {
  render: (args, context) => detail(args, context, { id: opportunity().id, client: failingClient(503) }),
};

/** The id names no published opportunity (removed, expired). */
export const NotFound: Story = {
  render: (args, context) => detail(args, context, { id: '00000000-0000-4000-8000-000000000000', client: fixtureClient([]) }),
};

/** Overlong German compounds in every text. */
export const LongGermanWords: Story = {
  render: (args, context) => detail(args, context, { data: opportunity(LONG_WORDS) }),
};

/** The listing's image does not load. */
/** Filled, shown as such a while: the "Besetzt" badge, and a notice where the contact form was. */
export const Filled: Story = {
  render: (args, context) => detail(args, context, { data: opportunity({ status: 'filled', filled: true }) }),
};

export const MissingImage: Story = {
  render: (args, context) => detail(args, context, { data: opportunity({ image: { url: missingImageUrl(), alt: 'Kinder beim Vorlesen' } }) }),
};

export const LongOrganisationName: Story = {
  render: (args, context) => detail(args, context, { data: opportunity(LONG_ORGANISATION) }),
};
