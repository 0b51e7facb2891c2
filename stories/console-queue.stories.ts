import type { Queue, QueueItem, QueueItemDetail } from '@mitmachen/contract';
import { html } from 'lit';
import '../packages/console/src/queue/define.js';
import { apiError, consoleSession, itemDetail, OTHERS_CLAIM, queue, queueItem } from './support/console-fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** The review queue: the screen agency staff spend their day in. */
interface QueueArgs {
  role: 'moderator' | 'operator';
}

type Story = StoryObj<QueueArgs>;
type Context = Parameters<NonNullable<Story['render']>>[1];

interface Data {
  queue?: Queue;
  current?: QueueItem;
  detail?: QueueItemDetail;
  listError?: unknown;
  detailError?: unknown;
  tab?: 'postings' | 'reports';
  selected?: number;
}

function render(args: QueueArgs, context: Context, data: Data) {
  const selection = new Set((data.queue?.items ?? []).slice(0, data.selected ?? 0).map((item) => `${item.kind}:${item.id}`));
  return html`<mitmachen-console-queue
    .session=${consoleSession(args.role)}
    .queue=${data.queue}
    .current=${data.current}
    .detail=${data.detail}
    .listError=${data.listError}
    .detailError=${data.detailError}
    .selection=${selection}
    tab=${data.tab ?? 'postings'}
    theme=${globalsOf(context).theme}
  ></mitmachen-console-queue>`;
}

const first = queueItem(0);

const meta: Meta<QueueArgs> = {
  title: 'Console/Review queue',
  component: 'mitmachen-console-queue',
  args: { role: 'moderator' },
  argTypes: { role: { control: 'inline-radio', options: ['moderator', 'operator'] } },
  render: (args, context) => render(args, context, { queue: queue(6) }),
};
export default meta;

/** A few postings waiting, oldest first; nothing open yet. */
export const Default: Story = {};

/** Nothing waiting. */
export const EmptyQueue: Story = {
  render: (args, context) => render(args, context, { queue: queue(0) }),
};

/** Many items: a page of 25 and the pager. */
export const ManyItems: Story = {
  render: (args, context) => render(args, context, { queue: queue(120) }),
};

/** One item open: the posting as citizens will see it, author, spam signals, earlier postings, notes. */
export const ItemOpen: Story = {
  render: (args, context) => render(args, context, { queue: queue(6), current: first, detail: itemDetail(first) }),
};

/** A colleague holds the item: who and until when; the decisions wait. */
export const Claimed: Story = {
  render: (args, context) => {
    const held = queueItem(0, { claim: OTHERS_CLAIM });
    return render(args, context, { queue: queue(6, { items: [held, ...queue(6).items.slice(1)] }), current: held, detail: itemDetail(held, { claim: OTHERS_CLAIM }) });
  },
};

/** Two selected for a bulk decision. */
export const BulkSelection: Story = {
  render: (args, context) => render(args, context, { queue: queue(6), selected: 2 }),
};

/** The reports tab: published listings someone reported, with the reason. */
export const Reports: Story = {
  render: (args, context) => {
    const reported = [0, 1].map((index) =>
      queueItem(index, {
        status: 'published',
        report: { id: `r${index}`, reason: 'Das Angebot ist seit Monaten nicht mehr aktuell, die Telefonnummer gibt es nicht.', createdAt: '2026-12-01T10:00:00Z' },
      }),
    );
    return render(args, context, { tab: 'reports', queue: { tab: 'reports', counts: { postings: 6, reports: 2 }, total: 2, items: reported } });
  },
};

/** The list could not be loaded. */
export const ListError: Story = {
  render: (args, context) => render(args, context, { listError: apiError(0) }),
};

/** The open item could not be loaded (someone else's region, or gone). */
export const ItemError: Story = {
  render: (args, context) => render(args, context, { queue: queue(6), current: first, detailError: apiError(404) }),
};

/** An operator: the scope filter (every agency, or the operator's own queue). */
export const Operator: Story = {
  args: { role: 'operator' },
};
