-- The integrators' change feed (GET /v1/changes): one row per opportunity that was ever
-- published, moved to the search version of its latest change that a copy must follow (an edit
-- while published, becoming published, leaving the published state). The feed reads rows in
-- (version, id) order; because writers hold the search version row's lock from before their
-- first statement to their commit (migration 070), versions commit in their order, so a reader
-- that has seen version V has seen every row numbered V or less, on every instance alike.
-- A listing appears in the feed once, at its latest change: a consumer replaying from any
-- cursor ends with the current set, however far behind it was. Rows are never pruned: a
-- tombstone is a few bytes, and without it a copy would keep a dead listing forever.
CREATE TABLE change_feed (
  id uuid PRIMARY KEY,
  version bigint NOT NULL,
  -- The version at which the listing last became published (tells "created" from "updated").
  published_version bigint NOT NULL,
  -- NULL while published; why it left otherwise (kept for rows deleted since).
  reason text CHECK (reason IN ('withdrawn', 'expired', 'rejected')),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_feed_order ON change_feed (version, id);

CREATE FUNCTION feed_reason(status text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE status WHEN 'published' THEN NULL WHEN 'expired' THEN 'expired' WHEN 'rejected' THEN 'rejected' ELSE 'withdrawn' END
$$;

CREATE FUNCTION record_feed_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current bigint := (SELECT version FROM search_version);
BEGIN
  IF TG_TABLE_NAME = 'organisations' THEN
    -- A renamed organisation changes how its published listings read.
    UPDATE change_feed f SET version = current, changed_at = now()
    FROM opportunities o, changed_new n JOIN changed_old d ON d.id = n.id
    WHERE o.organisation_id = n.id AND f.id = o.id AND f.reason IS NULL
      AND (n.name, n.type, n.website) IS DISTINCT FROM (d.name, d.type, d.website);
  ELSIF TG_OP = 'TRUNCATE' THEN
    UPDATE change_feed SET version = current, reason = 'withdrawn', changed_at = now() WHERE reason IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE change_feed f SET version = current, reason = 'withdrawn', changed_at = now()
    FROM changed_old d WHERE f.id = d.id AND d.status = 'published';
  ELSE
    -- Inserts and updates: rows that are published now, or were before this statement.
    INSERT INTO change_feed AS f (id, version, published_version, reason)
    SELECT n.id, current, current, feed_reason(n.status) FROM changed_new n
    WHERE n.status = 'published'
       OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM change_feed e WHERE e.id = n.id AND e.reason IS NULL))
    ON CONFLICT (id) DO UPDATE SET
      version = excluded.version,
      published_version = CASE WHEN f.reason IS NOT NULL AND excluded.reason IS NULL THEN excluded.version ELSE f.published_version END,
      reason = excluded.reason,
      changed_at = excluded.changed_at
    -- A row that was never published and still is not has nothing to tell.
    WHERE f.reason IS NULL OR excluded.reason IS NULL;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER opportunities_feed_insert AFTER INSERT ON opportunities REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_feed_changes();
CREATE TRIGGER opportunities_feed_update AFTER UPDATE ON opportunities REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_feed_changes();
CREATE TRIGGER opportunities_feed_delete AFTER DELETE ON opportunities REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION record_feed_changes();
CREATE TRIGGER opportunities_feed_truncate AFTER TRUNCATE ON opportunities
  FOR EACH STATEMENT EXECUTE FUNCTION record_feed_changes();
CREATE TRIGGER organisations_feed_update AFTER UPDATE ON organisations REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_feed_changes();

INSERT INTO change_feed (id, version, published_version, reason)
SELECT id, v.version, v.version, NULL FROM opportunities, search_version v WHERE status = 'published';
