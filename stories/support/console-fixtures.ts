import type { ApiToken, AuditList, ConsoleSession, ConsoleStatistics, PersonalData, Queue, QueueItem, QueueItemDetail, ReasonTemplate, SessionSummary, StaffAccount } from '@mitmachen/contract';
import { ConsoleApiError } from '../../packages/console/src/api/problem.js';
import { opportunity } from './fixtures.js';

/*
 * Console data for the stories and the rendering tests: made up, in the contract's shapes. Tests
 * of what the API does run against the real server instead (test/console/*.api.browser.test.ts).
 */

const DRESDEN_AGENCY = { id: '6f1d2c4e-1111-4a8e-9c61-2f1a9d3e7b10', name: 'Ehrenamtsagentur Dresden', regions: ['dresden' as const], createdAt: '2026-01-01T08:00:00Z', confirmIntervalDays: 90 };

export function consoleSession(role: StaffAccount['role'] = 'moderator'): ConsoleSession {
  const operator = role === 'operator';
  return {
    id: 'a1a1a1a1-0000-4000-8000-000000000001',
    account: {
      id: 'b2b2b2b2-0000-4000-8000-000000000002',
      email: operator ? 'operator@example.org' : 'moderator.dresden@example.org',
      name: operator ? 'Olga Betrieb' : 'Mia Muster',
      role,
      agencyId: operator ? null : DRESDEN_AGENCY.id,
      disabled: false,
      createdAt: '2026-01-01T08:00:00Z',
      lastSignInAt: '2026-12-04T07:58:00Z',
    },
    agency: operator ? null : DRESDEN_AGENCY,
    csrfToken: 'story-csrf-token',
    createdAt: '2026-12-04T07:58:00Z',
    idleExpiresAt: '2026-12-04T08:28:00Z',
    expiresAt: '2026-12-04T19:58:00Z',
  };
}

const TITLES = [
  'Lesepatenschaft in der Stadtteilbibliothek Pieschen',
  'Begleitung zum Arzt für Seniorinnen in Gorbitz',
  'Hausaufgabenhilfe im Jugendhaus Prohlis',
  'Gärtnern im Interkulturellen Garten Johannstadt',
  'Fahrdienst für die Tafel Dresden',
  'Sprachcafé für Geflüchtete in der Neustadt',
];

export function queueItem(index: number, overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    kind: index % 5 === 4 ? 'offer' : 'opportunity',
    id: `c3c3c3c3-0000-4000-8000-${String(index).padStart(12, '0')}`,
    title: `${TITLES[index % TITLES.length] as string}${index >= TITLES.length ? ` (${index + 1})` : ''}`,
    status: 'pending',
    region: 'dresden',
    place: 'Dresden',
    agencyId: DRESDEN_AGENCY.id,
    createdAt: new Date(Date.UTC(2026, 10, 20 + (index % 10), 9, index % 60)).toISOString(),
    claim: null,
    ...overrides,
  };
}

export function queue(count: number, overrides: Partial<Queue> = {}): Queue {
  const items = Array.from({ length: Math.min(count, 25) }, (_, index) => queueItem(index));
  return { tab: 'postings', counts: { postings: count, reports: 2 }, total: count, items, ...overrides };
}

/** Held by a colleague until a fixed time. */
export const OTHERS_CLAIM = { accountId: 'd4d4d4d4-0000-4000-8000-000000000004', email: 'kollegin@example.org', until: '2026-12-04T09:40:00Z', mine: false };
export const MY_CLAIM = { ...OTHERS_CLAIM, accountId: 'b2b2b2b2-0000-4000-8000-000000000002', email: 'moderator.dresden@example.org', mine: true };

export function itemDetail(item: QueueItem, overrides: Partial<QueueItemDetail> = {}): QueueItemDetail {
  return {
    kind: 'opportunity',
    id: item.id,
    title: item.title,
    status: item.status,
    region: item.region,
    agencyId: item.agencyId,
    createdAt: item.createdAt,
    decidedAt: null,
    reason: null,
    posting: opportunity({ id: item.id, title: item.title, status: 'pending', location: { type: 'onsite', region: 'dresden', place: 'Dresden', address: { street: 'Königsbrücker Straße 15', postalCode: '01099', city: 'Dresden' } } }),
    submission: null,
    author: { name: 'Karla Beispiel', email: 'karla@verein.example', phone: '0351 4567890' },
    signals: [
      { name: 'links', detail: '3 Links im Text' },
      { name: 'same-author-recent', detail: '4 Beiträge in 24 Stunden' },
    ],
    earlierPostings: [
      { kind: 'opportunity', id: 'e5e5e5e5-0000-4000-8000-000000000005', title: 'Vorlesen im Seniorenheim', status: 'published', createdAt: '2026-10-02T10:00:00Z' },
      { kind: 'opportunity', id: 'e5e5e5e5-0000-4000-8000-000000000006', title: 'Kuchenbasar', status: 'rejected', createdAt: '2026-09-12T10:00:00Z' },
    ],
    reports: [],
    notes: [{ id: 'f6f6f6f6-0000-4000-8000-000000000006', accountId: OTHERS_CLAIM.accountId, email: OTHERS_CLAIM.email, text: 'Verein ist uns bekannt, Website geprüft.', createdAt: '2026-12-03T14:00:00Z' }],
    claim: MY_CLAIM,
    ...overrides,
  };
}

export function sessions(): SessionSummary[] {
  return [
    { id: 's1', accountId: 'b2', current: true, createdAt: '2026-12-04T07:58:00Z', lastSeenAt: '2026-12-04T08:20:00Z', expiresAt: '2026-12-04T19:58:00Z', address: '192.0.2.10', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131' },
    { id: 's2', accountId: 'b2', current: false, createdAt: '2026-12-03T08:02:00Z', lastSeenAt: '2026-12-03T16:45:00Z', expiresAt: '2026-12-03T20:02:00Z', address: '192.0.2.44', userAgent: null },
  ];
}

export function tokens(): ApiToken[] {
  return [
    { id: 't1', name: 'Newsletter-Export', agencyId: DRESDEN_AGENCY.id, scope: 'read', prefix: 'mm_3fa9', createdAt: '2026-11-01T09:00:00Z', createdBy: 'b2', lastUsedAt: '2026-12-04T06:00:00Z', revokedAt: null },
    { id: 't2', name: 'Altes Import-Skript', agencyId: DRESDEN_AGENCY.id, scope: 'moderate', prefix: 'mm_81c2', createdAt: '2026-06-01T09:00:00Z', createdBy: 'b2', lastUsedAt: null, revokedAt: '2026-10-01T12:00:00Z' },
  ];
}

export function auditLog(): AuditList {
  const base = { role: 'moderator', agencyId: DRESDEN_AGENCY.id, tokenId: null, address: '192.0.2.10', reason: null, change: null } as const;
  return {
    total: 3,
    items: [
      { ...base, id: 3, at: '2026-12-04T08:12:00Z', accountId: 'b2', email: 'moderator.dresden@example.org', action: 'edit', itemKind: 'opportunity', itemId: 'c3c3c3c3-0000-4000-8000-000000000000', change: { title: { before: 'Lesepatenschaft in der Stadtteilbibliotek', after: 'Lesepatenschaft in der Stadtteilbibliothek' } } },
      { ...base, id: 2, at: '2026-12-04T08:05:00Z', accountId: 'b2', email: 'moderator.dresden@example.org', action: 'reject', itemKind: 'opportunity', itemId: 'c3c3c3c3-0000-4000-8000-000000000009', reason: 'Gewerbliches Angebot, kein Ehrenamt.' },
      { ...base, id: 1, at: '2026-12-04T07:58:00Z', accountId: 'b2', email: 'moderator.dresden@example.org', action: 'signed-in', itemKind: 'session', itemId: null },
    ],
  };
}

export function staffAccounts(): StaffAccount[] {
  const session = consoleSession('agency_admin');
  return [
    { ...session.account, email: 'admin.dresden@example.org', name: 'Anna Admin' },
    { ...consoleSession().account, id: 'b3', email: 'moderator.dresden@example.org' },
    { ...consoleSession().account, id: 'b4', email: 'ehemalig@example.org', name: null, disabled: true, lastSignInAt: null },
  ];
}

/** A failure as the API would report it. */
export function apiError(status: number, detail?: string): ConsoleApiError {
  return new ConsoleApiError(status, status === 0 ? undefined : { type: 'https://mitmachen.dev/problems/x', title: 'x', status, ...(detail ? { detail } : {}) });
}

/** What a DSGVO look-up finds about one volunteer in an agency's regions. */
export function personalData(): PersonalData {
  return {
    email: 'erika.muster@example.net',
    agencyId: DRESDEN_AGENCY.id,
    generatedAt: '2026-12-04T09:30:00Z',
    counts: { opportunity: 0, offer: 1, interest: 2, 'offer-contact': 0, report: 1, staff: 0, note: 0 },
    records: [
      { kind: 'offer', id: '5b0c2f64-3a41-4f7e-9d58-2c1a7e0b9f13', createdAt: '2026-09-12T16:04:00Z', summary: 'Ich lese gern vor', data: { status: 'published' } },
      { kind: 'interest', id: '8e2d4a17-6c93-4b05-a1f8-3d7e9c2b5a60', createdAt: '2026-10-02T08:15:00Z', summary: 'Lesepatin in der Stadtbibliothek', data: { message: 'Ich helfe gern.' } },
      { kind: 'interest', id: 'c4a91e3b-0d27-4f68-b5e2-9a1c7d3f8e04', createdAt: '2026-11-20T18:40:00Z', summary: 'Tafel Dresden: Ausgabe am Samstag', data: { message: 'Samstags passt es mir.' } },
      { kind: 'report', id: 'f1e7b3a9-2c58-4d06-8b4a-6e0d9c1f2a75', createdAt: '2026-11-28T11:02:00Z', summary: 'Die Telefonnummer stimmt nicht.', data: { status: 'dismissed' } },
    ],
  };
}

/** The platform's templates and one of the Dresden agency's, one archived. */
export function reasonTemplates(): ReasonTemplate[] {
  return [
    { id: 'r1', agencyId: null, title: 'Kein Ehrenamt', text: 'Das ist eine bezahlte Stelle; hier stehen nur ehrenamtliche Angebote.', archived: false },
    { id: 'r2', agencyId: DRESDEN_AGENCY.id, title: 'Telefonnummer im Text', text: 'Bitte nennen Sie Telefonnummern nur im Feld „Kontakt“.', archived: false },
    { id: 'r3', agencyId: DRESDEN_AGENCY.id, title: 'Veranstaltung vorbei', text: 'Der Termin liegt in der Vergangenheit.', archived: true },
  ];
}

/** Listings of an agency with two districts. */
export function consoleStatistics(): ConsoleStatistics {
  return {
    regions: [
      { region: 'dresden', opportunities: { published: 212, pending: 4, rejected: 9, expired: 31 }, offers: { published: 18, pending: 1 } },
      { region: 'meissen', opportunities: { published: 57, pending: 2, expired: 6 }, offers: { published: 4 } },
    ],
  };
}
