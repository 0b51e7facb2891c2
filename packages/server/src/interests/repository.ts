import { randomUUID } from 'node:crypto';
import type { InterestInput, PostingAccepted } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { notFound, ProblemError } from '../errors.js';
import { followUpKinds } from '../follow-up/kinds.js';
import { scheduleFollowUp } from '../follow-up/repository.js';
import { interestMessage, offerContactMessage } from '../mail/messages.js';
import { enqueue } from '../mail/outbox.js';
import { visibleOffer } from '../offers/search.js';
import { visibleOpportunity } from '../opportunities/search.js';
import { isUuid } from '../search/uuid.js';

/**
 * A listing shown as filled ("besetzt") is still found, but takes no requests. 409, not 410:
 * the listing is there (GET answers it) and its state may change back (the author resumes it);
 * 410 would tell clients and caches it is gone for good.
 */
function listingFilled(kind: 'opportunity' | 'offer'): ProblemError {
  return new ProblemError(409, 'listing-filled', 'Listing filled', `This ${kind} is filled: it takes no contact requests.`);
}

/**
 * Stores a volunteer's contact request for a published opportunity and queues it for the
 * opportunity's contact person (replies go to the volunteer). Run it in a transaction, so the
 * request and its message are stored together. 404 when no visible opportunity has that id:
 * nobody can write to a pending, rejected or expired posting. An opportunity without a contact
 * address (only demo data has those) keeps the request without a message.
 */
export async function createInterest(db: Queryable, opportunityId: string, input: InterestInput): Promise<PostingAccepted> {
  const { rows } = isUuid(opportunityId)
    ? await db.query<{ title: string; contact_name: string | null; contact_email: string | null; status: string }>(
        `SELECT o.title, o.contact->>'name' AS contact_name, o.contact->>'email' AS contact_email, o.status
         FROM opportunities o WHERE o.id = $1 AND ${visibleOpportunity}`,
        [opportunityId],
      )
    : { rows: [] };
  const listing = rows[0];
  if (!listing) throw notFound(`No published opportunity has the id ${opportunityId}.`);
  if (listing.status === 'filled') throw listingFilled('opportunity');
  const id = randomUUID();
  const { rows: stored } = await db.query<{ created_at: Date }>(
    'INSERT INTO interests (id, opportunity_id, name, email, phone, message) VALUES ($1, $2, $3, $4, $5, $6) RETURNING created_at',
    [id, opportunityId, input.name, input.email, input.phone ?? null, input.message],
  );
  // 14 days on, the volunteer is asked whether the organisation replied.
  await scheduleFollowUp(db, followUpKinds.interest, id, stored[0]!.created_at);
  if (listing.contact_email) {
    await enqueue(db, interestMessage({ title: listing.title, contactName: listing.contact_name, contactEmail: listing.contact_email }, input));
  }
  return { id, status: 'pending' };
}

/**
 * Stores a message to the volunteer behind a published offer and queues it for them, without
 * revealing their address to the sender. Run it in a transaction. 404 for any offer that is not
 * published.
 */
export async function createOfferContact(db: Queryable, offerId: string, input: InterestInput): Promise<PostingAccepted> {
  const { rows } = isUuid(offerId)
    ? await db.query<{ title: string; display_name: string; email: string; status: string }>(
        `SELECT o.title, o.display_name, o.email, o.status FROM offers o WHERE o.id = $1 AND ${visibleOffer}`,
        [offerId],
      )
    : { rows: [] };
  const listing = rows[0];
  if (!listing) throw notFound(`No published offer has the id ${offerId}.`);
  if (listing.status === 'filled') throw listingFilled('offer');
  const id = randomUUID();
  const { rows: stored } = await db.query<{ created_at: Date }>(
    'INSERT INTO offer_contacts (id, offer_id, name, email, phone, message) VALUES ($1, $2, $3, $4, $5, $6) RETURNING created_at',
    [id, offerId, input.name, input.email, input.phone ?? null, input.message],
  );
  // 14 days on, the sender is asked whether the volunteer replied.
  await scheduleFollowUp(db, followUpKinds['offer-contact'], id, stored[0]!.created_at);
  await enqueue(db, offerContactMessage({ title: listing.title, displayName: listing.display_name, email: listing.email }, input));
  return { id, status: 'pending' };
}
