-- Imports belong to an agency record (migration 080) rather than a free-text name: the listings
-- an agency imports are its own, in its console queue and statistics, whichever district they
-- are in. NULL (every posting through the API): the agency covering the listing's region.
ALTER TABLE opportunities ADD COLUMN agency_id uuid REFERENCES agencies (id) ON DELETE SET NULL;

-- import_sources.agency now holds the agency's id. Earlier imports named by an agency's exact
-- name move to its id, so their re-runs still match; names of no agency stay as they were and
-- are matched by nothing again (import once more, into the agency record).
UPDATE import_sources s SET agency = a.id::text FROM agencies a WHERE lower(a.name) = lower(s.agency);
UPDATE opportunities o SET agency_id = a.id
  FROM import_sources s JOIN agencies a ON a.id::text = s.agency
  WHERE o.id = s.opportunity_id;

CREATE OR REPLACE VIEW console_items AS
  SELECT 'opportunity'::text AS kind, o.id, o.title, o.status, o.region, o.place, o.created_at,
    o.decided_at, o.rejection_reason, o.contact->>'name' AS author_name,
    o.contact->>'email' AS author_email, o.contact->>'phone' AS author_phone,
    coalesce(o.agency_id, CASE WHEN o.location_type = 'remote' THEN NULL ELSE r.agency_id END) AS agency_id
  FROM opportunities o LEFT JOIN agency_regions r ON r.region = o.region
  UNION ALL
  SELECT 'offer', f.id, f.title, f.status, f.region, f.place, f.created_at,
    f.decided_at, f.rejection_reason, f.display_name, f.email, NULL, r.agency_id
  FROM offers f LEFT JOIN agency_regions r ON r.region = f.region;
