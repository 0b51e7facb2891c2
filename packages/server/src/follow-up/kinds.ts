/**
 * The two kinds of contact request that get a follow-up: a volunteer's interest in an
 * opportunity (table `interests`, asked whether the organisation replied) and an organisation's
 * or person's message to a volunteer's offer (table `offer_contacts`, asked whether the
 * volunteer replied). Both tables carry the same follow-up columns (migrations 105 and 120), so
 * the job, the answer pages and the figures differ only in the names below.
 */
export type FollowUpKindName = 'interest' | 'offer-contact';

export interface FollowUpKind {
  name: FollowUpKindName;
  /** The scheduled job's kind (table `scheduled_jobs`). */
  job: string;
  /** The requests' table and its column naming the listing, and the listing's table. */
  table: 'interests' | 'offer_contacts';
  listingColumn: 'opportunity_id' | 'offer_id';
  listingTable: 'opportunities' | 'offers';
  /** The listing's kind in the console (console_items.kind) and its column in unanswered_flags. */
  consoleKind: 'opportunity' | 'offer';
  flagColumn: 'opportunity_id' | 'offer_id';
  /** SQL expressions on the listing (alias l): whom to tell when its requests go unanswered. */
  authorName: string;
  authorEmail: string;
  /** "your listing", in the note to its author when its requests go unanswered. */
  yourListing: { de: string; en: string };
  /** Who was contacted, in the mail's and the page's question. */
  question: { de: string; en: string };
  /** "Two weeks ago you contacted …": the other side, in the mail. */
  contacted: { de: (title: string) => string; en: (title: string) => string };
}

export const followUpKinds: Record<FollowUpKindName, FollowUpKind> = {
  interest: {
    name: 'interest',
    job: 'interest-follow-up',
    table: 'interests',
    listingColumn: 'opportunity_id',
    listingTable: 'opportunities',
    consoleKind: 'opportunity',
    flagColumn: 'opportunity_id',
    authorName: `l.contact->>'name'`,
    authorEmail: `l.contact->>'email'`,
    yourListing: { de: 'Ihrem Engagementangebot', en: 'your listing' },
    question: { de: 'Hat sich die Organisation gemeldet?', en: 'Has the organisation replied?' },
    contacted: {
      de: (title) => `vor zwei Wochen haben Sie über mitmachen zu „${title}“ Kontakt aufgenommen. Hat sich die Organisation bei Ihnen gemeldet? Ein Klick genügt:`,
      en: (title) => `Two weeks ago you contacted the organisation behind “${title}” through mitmachen. Have they replied? One click is enough:`,
    },
  },
  'offer-contact': {
    name: 'offer-contact',
    job: 'offer-contact-follow-up',
    table: 'offer_contacts',
    listingColumn: 'offer_id',
    listingTable: 'offers',
    consoleKind: 'offer',
    flagColumn: 'offer_id',
    authorName: 'l.display_name',
    authorEmail: 'l.email',
    yourListing: { de: 'Ihrem Hilfsangebot', en: 'your offer of help' },
    question: { de: 'Hat sich die oder der Freiwillige gemeldet?', en: 'Has the volunteer replied?' },
    contacted: {
      de: (title) => `vor zwei Wochen haben Sie über mitmachen auf das Hilfsangebot „${title}“ geantwortet. Hat sich die oder der Freiwillige bei Ihnen gemeldet? Ein Klick genügt:`,
      en: (title) => `Two weeks ago you wrote to the volunteer behind the offer “${title}” through mitmachen. Have they replied? One click is enough:`,
    },
  },
};

export const followUpKindList: readonly FollowUpKind[] = Object.values(followUpKinds);
