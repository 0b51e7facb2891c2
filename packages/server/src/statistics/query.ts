/**
 * The figures for agencies and their funders (GET /v1/statistics): counts per period and region,
 * computed from the listings and contact requests themselves, never from tracking. Listings are
 * opportunities; contact requests, replies and placements are those to opportunities and to
 * volunteers' offers alike. Every figure is one kind of "fact" below (a listing submitted, a
 * request answered, …) dated to a local day; a new figure is one more fact and one more aggregate.
 */
import type { Region, Statistics, StatisticsInterval, StatisticsRow } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { localDate, periodsOf, statisticsRange, statisticsTimeZone } from './periods.js';

export interface StatisticsRequest {
  from?: string | undefined;
  to?: string | undefined;
  interval?: StatisticsInterval | undefined;
  region?: Region[] | undefined;
  /** The agency whose regions are counted; null: every region (and remote listings). */
  agencyId: string | null;
  now: Date;
}

/** States in which a listing was never public: counted as submitted, never as published. */
const neverPublished = `('pending', 'rejected', 'changes-requested')`;
const local = (column: string) => `(${column} AT TIME ZONE '${statisticsTimeZone}')::date`;
const hours = (later: string, earlier: string) => `extract(epoch FROM (${later} - ${earlier})) / 3600`;

const sql = `
WITH periods AS (
  SELECT * FROM unnest($1::text[], $2::date[], $3::date[]) AS p(label, p_from, p_to)
), listings AS (
  SELECT o.* FROM opportunities o LEFT JOIN agency_regions r ON r.region = o.region
  WHERE ($4::uuid IS NULL OR (o.location_type <> 'remote' AND r.agency_id = $4))
    AND ($5::text[] IS NULL OR o.region = ANY($5))
), offer_listings AS (
  -- Volunteers' offers always have a region (never remote), so an agency counts its regions'.
  SELECT f.id, f.region FROM offers f
  WHERE ($4::uuid IS NULL OR f.region IN (SELECT region FROM agency_regions WHERE agency_id = $4))
    AND ($5::text[] IS NULL OR f.region = ANY($5))
), requests AS (
  -- Contact requests of both kinds (follow-up/kinds.ts): to opportunities and to offers.
  SELECT l.region, i.created_at, i.state, i.replied_at FROM interests i JOIN listings l ON l.id = i.opportunity_id
  UNION ALL
  SELECT l.region, c.created_at, c.state, c.replied_at FROM offer_contacts c JOIN offer_listings l ON l.id = c.offer_id
), facts AS (
  SELECT 'new' AS fact, region, NULL::text AS organisation, NULL::double precision AS hours, ${local('created_at')} AS day FROM listings
  UNION ALL
  SELECT 'published', region, NULL, NULL, ${local('decided_at')} FROM listings
    WHERE decided_at IS NOT NULL AND status NOT IN ${neverPublished}
  UNION ALL
  SELECT 'review', region, NULL, ${hours('decided_at', 'created_at')}, ${local('decided_at')} FROM listings
    WHERE decided_at IS NOT NULL AND status <> 'pending'
  UNION ALL
  SELECT 'expired', region, NULL, NULL, expires_at FROM listings
    -- Withdrawn by the author before its end: ended, but did not expire.
    WHERE decided_at IS NOT NULL AND status NOT IN ${neverPublished} AND status <> 'withdrawn' AND expires_at < $6::date
  UNION ALL
  SELECT 'request', region, NULL, NULL, ${local('created_at')} FROM requests
  UNION ALL
  SELECT CASE state WHEN 'no-answer' THEN 'no-reply' ELSE 'reply' END, region, NULL,
      ${hours('replied_at', 'created_at')}, ${local('created_at')}
    FROM requests WHERE state IN ('answered', 'placed', 'no-answer')
  UNION ALL
  SELECT 'placement', region, NULL, NULL, ${local('created_at')} FROM requests WHERE state = 'placed'
), dated AS (
  SELECT p.label, f.region, f.fact, f.organisation, f.hours FROM facts f JOIN periods p ON f.day BETWEEN p.p_from AND p.p_to
  UNION ALL
  -- Online during part of the period: published before its end, not ended before its start.
  SELECT p.label, l.region, 'active', l.organisation_id, NULL FROM listings l JOIN periods p
    ON ${local('l.decided_at')} <= p.p_to AND coalesce(l.expires_at, 'infinity'::date) >= p.p_from
    WHERE l.decided_at IS NOT NULL AND l.status NOT IN ${neverPublished}
)
SELECT label, region, GROUPING(region) = 1 AS total,
  count(*) FILTER (WHERE fact = 'new')::int AS "newListings",
  count(*) FILTER (WHERE fact = 'published')::int AS "publishedListings",
  count(*) FILTER (WHERE fact = 'expired')::int AS "expiredListings",
  count(*) FILTER (WHERE fact = 'request')::int AS "contactRequests",
  count(*) FILTER (WHERE fact = 'reply')::int AS replies,
  count(*) FILTER (WHERE fact = 'placement')::int AS placements,
  count(*) FILTER (WHERE fact = 'no-reply')::int AS "noReply",
  count(DISTINCT organisation) FILTER (WHERE fact = 'active')::int AS "activeOrganisations",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FILTER (WHERE fact = 'review') AS "medianReviewHours",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FILTER (WHERE fact = 'reply') AS "medianFirstReplyHours"
FROM dated
GROUP BY GROUPING SETS ((label, region), (label))
ORDER BY label, region`;

type Counted = Omit<StatisticsRow, 'period' | 'from' | 'to' | 'region'>;
const zero: Counted = {
  newListings: 0,
  publishedListings: 0,
  expiredListings: 0,
  contactRequests: 0,
  replies: 0,
  placements: 0,
  noReply: 0,
  activeOrganisations: 0,
  medianReviewHours: null,
  medianFirstReplyHours: null,
};

export async function statistics(db: Queryable, request: StatisticsRequest): Promise<Statistics> {
  const range = statisticsRange(request.from, request.to, request.now);
  const interval = request.interval ?? 'month';
  const periods = periodsOf(range, interval);
  const { rows } = await db.query<Counted & { label: string; region: Region | null; total: boolean }>(sql, [
    periods.map((p) => p.label),
    periods.map((p) => p.from),
    periods.map((p) => p.to),
    request.agencyId,
    request.region && request.region.length > 0 ? request.region : null,
    localDate(request.now),
  ]);
  const byLabel = new Map(periods.map((p) => [p.label, p]));
  const entry = (row: (typeof rows)[number]): StatisticsRow => {
    const period = byLabel.get(row.label)!;
    const { label: _label, total: _total, region, ...counts } = row;
    return {
      period: period.label,
      from: period.from,
      to: period.to,
      region,
      ...counts,
      medianReviewHours: roundHours(counts.medianReviewHours),
      medianFirstReplyHours: roundHours(counts.medianFirstReplyHours),
    };
  };
  const totals = new Map(rows.filter((row) => row.total).map((row) => [row.label, entry(row)]));
  return {
    from: range.from,
    to: range.to,
    interval,
    rows: rows.filter((row) => !row.total).map(entry),
    // Every period has its totals, also an empty one: a chart shows the gap.
    totals: periods.map((p) => totals.get(p.label) ?? { period: p.label, from: p.from, to: p.to, region: null, ...zero }),
  };
}

function roundHours(value: number | null): number | null {
  return value === null ? null : Math.round(Number(value) * 10) / 10;
}
