import { randomUUID } from 'node:crypto';
import type { InterestInput, PostingAccepted } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { visibleOffer } from '../offers/search.js';
import { visibleOpportunity } from '../opportunities/search.js';
import { isUuid } from '../search/uuid.js';

/**
 * Stores a volunteer's contact request for a published opportunity, to be relayed to the
 * organisation. 404 when no visible opportunity has that id: nobody can write to a pending,
 * rejected or expired posting.
 */
export async function createInterest(db: Queryable, opportunityId: string, input: InterestInput): Promise<PostingAccepted> {
  const id = randomUUID();
  const { rowCount } = isUuid(opportunityId)
    ? await db.query(
        `INSERT INTO interests (id, opportunity_id, name, email, phone, message)
         SELECT $1, o.id, $3, $4, $5, $6 FROM opportunities o WHERE o.id = $2 AND ${visibleOpportunity}`,
        [id, opportunityId, input.name, input.email, input.phone ?? null, input.message],
      )
    : { rowCount: 0 };
  if (!rowCount) throw notFound(`No published opportunity has the id ${opportunityId}.`);
  return { id, status: 'pending' };
}

/**
 * Stores a message to the volunteer behind a published offer, to be relayed without revealing
 * the volunteer's address. 404 for any offer that is not published.
 */
export async function createOfferContact(db: Queryable, offerId: string, input: InterestInput): Promise<PostingAccepted> {
  const id = randomUUID();
  const { rowCount } = isUuid(offerId)
    ? await db.query(
        `INSERT INTO offer_contacts (id, offer_id, name, email, phone, message)
         SELECT $1, o.id, $3, $4, $5, $6 FROM offers o WHERE o.id = $2 AND ${visibleOffer}`,
        [id, offerId, input.name, input.email, input.phone ?? null, input.message],
      )
    : { rowCount: 0 };
  if (!rowCount) throw notFound(`No published offer has the id ${offerId}.`);
  return { id, status: 'pending' };
}
