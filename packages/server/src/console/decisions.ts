/**
 * What staff do to an item: claim it, decide on it, correct it, note on it. Each runs in the
 * caller's transaction, checks scope and claim first, and appends to the audit log.
 */
import { randomUUID } from 'node:crypto';
import type { Claim, Decision, DecisionResult, ItemEdit, Note, PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { conflict, invalidField, ProblemError } from '../errors.js';
import { notifyAuthor, type MailLinkOptions } from '../mail/decisions.js';
import { approvePosting, minimumReasonLength, rejectPosting } from '../moderation/repository.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { actorOf, audit } from './audit.js';
import { holderKey, requireQueueRole, type Principal } from './principal.js';
import { currentClaim, scopedItem, type ItemRow } from './queue.js';

export const claimMinutes = 10;

const tables: Record<PostingKind, string> = { opportunity: 'opportunities', offer: 'offers' };

/** 409 when somebody else holds the item's claim. */
async function refuseForeignClaim(db: Queryable, principal: Principal, kind: PostingKind, id: string): Promise<void> {
  const claim = await currentClaim(db, principal, kind, id);
  if (claim && !claim.mine) {
    throw new ProblemError(409, 'claimed', 'Claimed by someone else', `${claim.email} is reviewing this item until ${claim.until}.`);
  }
}

export async function claimItem(db: Queryable, principal: Principal, kind: PostingKind, id: string): Promise<Claim> {
  requireQueueRole(principal, true);
  const item = await scopedItem(db, principal, kind, id);
  const { rows } = await db.query<{ until: Date }>(
    `INSERT INTO item_claims AS c (kind, item_id, holder, account_id, email, until)
     VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 minute')
     ON CONFLICT (kind, item_id) DO UPDATE SET holder = EXCLUDED.holder, account_id = EXCLUDED.account_id,
       email = EXCLUDED.email, until = EXCLUDED.until
     WHERE c.until <= now() OR c.holder = EXCLUDED.holder
     RETURNING until`,
    [kind, id, holderKey(principal), principal.accountId, principal.email, claimMinutes],
  );
  if (!rows[0]) await refuseForeignClaim(db, principal, kind, id);
  await audit(db, actorOf(principal), { action: 'claim', itemKind: kind, itemId: id, subjectAgencyId: item.agency_id });
  return (await currentClaim(db, principal, kind, id)) as Claim;
}

export async function releaseItem(db: Queryable, principal: Principal, kind: PostingKind, id: string): Promise<void> {
  requireQueueRole(principal, true);
  await scopedItem(db, principal, kind, id);
  await db.query('DELETE FROM item_claims WHERE kind = $1 AND item_id = $2 AND holder = $3', [kind, id, holderKey(principal)]);
}

/** The reason a decision carries: the template's text, then the free text. */
async function reasonOf(db: Queryable, principal: Principal, input: { templateId?: string; reason?: string }): Promise<string | undefined> {
  const parts: string[] = [];
  if (input.templateId !== undefined) {
    const { rows } = await db.query<{ text: string }>(
      `SELECT text FROM reason_templates WHERE id = $1 AND NOT archived AND (agency_id IS NULL OR $2::uuid IS NULL OR agency_id = $2)`,
      [input.templateId, principal.role === 'operator' ? null : principal.agencyId],
    );
    if (!rows[0]) throw invalidField('/templateId', 'no template with this id is available to you');
    parts.push(rows[0].text);
  }
  const free = input.reason?.trim();
  if (free) parts.push(free);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** One decision on one item in the principal's scope. */
export async function decideItem(
  db: Queryable,
  principal: Principal,
  kind: PostingKind,
  id: string,
  decision: Decision,
  links: MailLinkOptions = {},
): Promise<DecisionResult> {
  requireQueueRole(principal, true);
  const item = await scopedItem(db, principal, kind, id, true);
  await refuseForeignClaim(db, principal, kind, id);
  const reason = await reasonOf(db, principal, decision);
  const needsReason = decision.action === 'reject' || decision.action === 'request-changes' || decision.action === 'hide';
  if (needsReason && (reason === undefined || reason.length < minimumReasonLength)) {
    throw invalidField('/reason', `a reason (a template or at least ${minimumReasonLength} characters) is required to ${decision.action}`);
  }
  let status: DecisionResult['status'];
  switch (decision.action) {
    case 'approve':
      status = (await approvePosting(db, kind, id, links)).status;
      break;
    case 'reject':
      status = (await rejectPosting(db, kind, id, reason as string)).status;
      break;
    case 'request-changes':
      status = await move(db, item, 'pending', 'changes-requested', reason);
      await notifyAuthor(db, kind, id, 'changes-requested', reason);
      break;
    case 'hide':
      status = await move(db, item, 'published', 'hidden', reason);
      break;
    case 'unhide':
      status = await move(db, item, 'hidden', 'published', null);
      break;
  }
  await db.query('DELETE FROM item_claims WHERE kind = $1 AND item_id = $2', [kind, id]);
  await audit(db, actorOf(principal), {
    action: decision.action,
    itemKind: kind,
    itemId: id,
    subjectAgencyId: item.agency_id,
    change: { status: { before: item.status, after: status } },
    reason: reason ?? null,
  });
  return { kind, id, status };
}

async function move(db: Queryable, item: ItemRow, from: string, to: 'changes-requested' | 'hidden' | 'published', reason: string | null | undefined): Promise<typeof to> {
  if (item.status !== from) throw conflict(`This ${item.kind} is ${item.status}; only a ${from} one can be changed so.`);
  await db.query(`UPDATE ${tables[item.kind]} SET status = $2, rejection_reason = $3, decided_at = now(), updated_at = now() WHERE id = $1`, [
    item.id,
    to,
    reason ?? null,
  ]);
  return to;
}

/** Corrects texts; the log keeps each changed field before and after. */
export async function editItem(db: Queryable, principal: Principal, kind: PostingKind, id: string, edit: ItemEdit): Promise<void> {
  requireQueueRole(principal, true);
  const item = await scopedItem(db, principal, kind, id, true);
  await refuseForeignClaim(db, principal, kind, id);
  if (kind === 'offer' && edit.summary !== undefined) throw invalidField('/summary', 'offers have no summary');
  const fields = Object.entries(edit).filter(([, value]) => value !== undefined) as Array<[keyof ItemEdit, string]>;
  const columns = kind === 'opportunity' ? 'title, summary, description' : 'title, NULL AS summary, description';
  const before = (await db.query<Record<string, string | null>>(`SELECT ${columns} FROM ${tables[kind]} WHERE id = $1`, [id])).rows[0] ?? {};
  const change: Record<string, { before: string | null; after: string }> = {};
  for (const [field, value] of fields) {
    if (before[field] !== value) change[field] = { before: before[field] ?? null, after: value };
  }
  if (Object.keys(change).length === 0) return;
  const sets = Object.keys(change).map((field, index) => `${field} = $${index + 2}`);
  await db.query(`UPDATE ${tables[kind]} SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [id, ...Object.values(change).map((c) => c.after)]);
  await audit(db, actorOf(principal), { action: 'edit', itemKind: kind, itemId: id, subjectAgencyId: item.agency_id, change });
}

export async function addNote(db: Queryable, principal: Principal, kind: PostingKind, id: string, text: string): Promise<Note> {
  requireQueueRole(principal, true);
  const item = await scopedItem(db, principal, kind, id);
  if (text.trim().length === 0) throw invalidField('/text', 'must not be blank');
  const { rows } = await db.query<{ id: string; created_at: Date }>(
    'INSERT INTO item_notes (id, kind, item_id, account_id, email, text) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, created_at',
    [randomUUID(), kind, id, principal.accountId, principal.email, text.trim()],
  );
  const row = rows[0] as { id: string; created_at: Date };
  await audit(db, actorOf(principal), { action: 'note', itemKind: kind, itemId: id, subjectAgencyId: item.agency_id, change: { text: text.trim() } });
  return { id: row.id, accountId: principal.accountId, email: principal.email, text: text.trim(), createdAt: isoTimestamp(row.created_at) };
}

/** The report's listing must be in the caller's scope; 404 otherwise. */
export async function reportInScope(db: Queryable, principal: Principal, reportId: string): Promise<{ kind: PostingKind; id: string; agencyId: string | null }> {
  requireQueueRole(principal, true);
  const { rows } = await db.query<{ opportunity_id: string | null; offer_id: string | null }>(
    'SELECT opportunity_id, offer_id FROM reports WHERE id = $1',
    [reportId],
  );
  const row = rows[0];
  const notFoundHere = new ProblemError(404, 'not-found', 'Not found', `No report with the id ${reportId} is in your queue.`);
  if (!row) throw notFoundHere;
  const kind: PostingKind = row.opportunity_id === null ? 'offer' : 'opportunity';
  const id = (row.opportunity_id ?? row.offer_id) as string;
  try {
    const item = await scopedItem(db, principal, kind, id);
    return { kind, id, agencyId: item.agency_id };
  } catch {
    throw notFoundHere;
  }
}

