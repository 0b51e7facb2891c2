import '../packages/elements/src/manage/define.js';
import { click, manageStory, storyListing, storyOffer, type Step } from './support/manage-story.js';
import type { Meta, StoryObj } from './support/story.js';

type Story = StoryObj;

const meta: Meta = {
  title: 'Elements/mitmachen-manage',
  component: 'mitmachen-manage',
};
export default meta;

const story = (options: Parameters<typeof manageStory>[1] = {}): Story => ({
  render: (_args, context) => manageStory(context, options),
});

/** Types a date into the end date field, as an author does. */
const typeDate =
  (value: string): Step =>
  (root) => {
    const input = root.querySelector<HTMLInputElement>('#manage-date')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

/** The link is being checked. */
export const Loading = story({ outcome: 'pending', waitFor: '.loading' });
/** A published opportunity: its state, end date, contact count, and what the author may do. */
export const Published = story();
/** Expiring soon, with the open "still current?" question. */
export const Expiring = story({
  listing: storyListing({
    state: 'expiring',
    expiresAt: '2026-12-10',
    confirmBy: '2026-12-12',
    actions: ['confirm', 'extend', 'pause', 'fill', 'withdraw'],
  }),
});
/** Paused: off the search until resumed. */
export const Paused = story({
  listing: storyListing({
    state: 'paused',
    actions: ['resume', 'fill', 'withdraw'],
  }),
});
/** Expired, still renewable for a while. */
export const Expired = story({
  listing: storyListing({
    state: 'expired',
    expiresAt: '2026-11-30',
    renewableUntil: '2026-12-30',
    actions: ['renew', 'withdraw'],
  }),
});
/** Marked filled. */
export const Filled = story({
  listing: storyListing({ state: 'filled', actions: ['withdraw'] }),
});
/** Marked filled and kept in the search, shown as filled, until a day. */
export const FilledShown = story({
  listing: storyListing({ state: 'filled', actions: ['resume', 'withdraw'], showFilledUntil: '2026-12-20' }),
});
/** Withdrawn: the link only reads now. */
export const Withdrawn = story({
  listing: storyListing({
    state: 'withdrawn',
    actions: [],
    editable: false,
    contactCount: 0,
  }),
});
/** Sent back by the agency with a reason. */
export const ChangesRequested = story({
  listing: storyListing({
    state: 'changes-requested',
    reviewReason: 'Bitte nennen Sie die Uhrzeit der Vorlesestunde.',
    actions: ['withdraw'],
    contactCount: 1,
  }),
});
/** A volunteer's own offer (no end date). */
export const Offer = story({
  listing: storyListing({
    kind: 'offer',
    title: storyOffer.title,
    offer: storyOffer,
    opportunity: undefined,
    expiresAt: undefined,
    contactCount: 0,
  }),
});
/** "Extend" opened: the new end date, focused. */
export const ExtendOpen = story({
  steps: [click('extend-button', '#manage-date')],
});
/** A past end date sent: the message next to the field. */
export const ExtendDateError = story({
  steps: [click('extend-button', '#manage-date'), typeDate('2020-01-01'), click('extend-button', '#manage-date')],
});
/** "Mark filled" opened: the optional "filled until" and "keep showing as filled until" days. */
export const FillOpen = story({
  steps: [click('fill-button', '#manage-show-date')],
});
/** A "keep showing as filled" day too far ahead: the message next to that field. */
export const ShowFilledDateError = story({
  steps: [
    click('fill-button', '#manage-show-date'),
    (root) => {
      const input = root.querySelector<HTMLInputElement>('#manage-show-date')!;
      input.value = '2099-01-01';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    (root) => root.querySelector<HTMLFormElement>('form.panel')!.requestSubmit(),
    async (root) => {
      while (root.querySelector('#manage-show-error') === null) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  ],
});
/** "Withdraw" pressed: the confirm step. */
export const WithdrawQuestion = story({
  steps: [click('withdraw-button', '#withdraw-question')],
});
/** Paused just now: the success said in the live region. */
export const PausedJustNow = story({
  steps: [click('pause-button', '[data-state="paused"]')],
});
/** A change failed (no connection): the message, and the way to try again. */
export const ActionFailed = story({
  outcome: 'network-on-change',
  steps: [click('pause-button', '.failure')],
});
/** Editing: the posting form, pre-filled. */
export const Editing = story({
  steps: [click('edit-button', 'mitmachen-opportunity-form')],
});
/** No link in the address: how to get it, and the resend form. */
export const NoLink = story({ token: '', waitFor: '#resend-email' });
/** A wrong, revoked or replaced link: said plainly, with the resend form. */
export const BadLink = story({ outcome: 'bad-link', waitFor: '#resend-email' });
/** Links asked for again: the same answer for every address. */
export const LinksSent = story({
  outcome: 'bad-link',
  waitFor: '#resend-email',
  steps: [
    (root) => {
      const input = root.querySelector<HTMLInputElement>('#resend-email')!;
      input.value = 'anna@example.org';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    (root) => root.querySelector<HTMLFormElement>('form')!.requestSubmit(),
    async (root) => {
      while (root.querySelector('#resend-status')?.textContent === '') await new Promise((resolve) => setTimeout(resolve, 10));
    },
  ],
});
/** The API cannot be reached: nothing lost, try again. */
export const LoadFailed = story({ outcome: 'network', waitFor: '.failure' });
