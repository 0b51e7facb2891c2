import { randomUUID } from 'node:crypto';
import type { InterestInput, PostingAccepted } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { followUpKinds } from '../follow-up/kinds.js';
import { scheduleFollowUp } from '../follow-up/repository.js';
import { interestMessage, offerContactMessage } from '../mail/messages.js';
import { enqueue } from '../mail/outbox.js';
import { visibleOffer } from '../offers/search.js';
import { visibleOpportunity } from '../opportunities/search.js';
import { isUuid } from '../search/uuid.js';

/**
 * Stores a volunteer's contact request for a published opportunity and queues it for the
 * opportunity's contact person (replies go to the volunteer). Run it in a transaction, so the
 * request and its message are stored together. 404 when no visible opportunity has that id:
 * nobody can write to a pending, rejected or expired posting. An opportunity without a contact
 * address (only demo data has those) keeps the request without a message.
 */
export async function createInterest(db: Queryable, opportunityId: string, input: InterestInput): Promise<PostingAccepted> {
  const { rows } = isUuid(opportunityId)
    ? await db.query<{ title: string; contact_name: string | null; contact_email: string | null }>(
        `SELECT o.title, o.contact->>'name' AS contact_name, o.contact->>'email' AS contact_email
         FROM opportunities o WHERE o.id = $1 AND ${visibleOpportunity}`,
        [opportunityId],
      )
    : { rows: [] };
  const listing = rows[0];
  if (!listing) throw notFound(`No published opportunity has the id ${opportunityId}.`);
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
    ? await db.query<{ title: string; display_name: string; email: string }>(
        `SELECT o.title, o.display_name, o.email FROM offers o WHERE o.id = $1 AND ${visibleOffer}`,
        [offerId],
      )
    : { rows: [] };
  const listing = rows[0];
  if (!listing) throw notFound(`No published offer has the id ${offerId}.`);
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
