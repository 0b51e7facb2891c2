-- "Besetzt" for a while: an author who marks a listing filled may keep it in the search, shown
-- as filled, until a day (at most 30 days ahead). NULL: a filled listing leaves the search at
-- once (as before). The lifecycle runner clears the day once it has passed, so the update is a
-- recorded search change and every instance's in-memory index drops the listing.
ALTER TABLE opportunities ADD COLUMN filled_shown_until date;
ALTER TABLE offers ADD COLUMN filled_shown_until date;

-- Searches now read `published OR (filled AND filled_shown_until IS NOT NULL)`: the newest-first
-- indexes cover both states, so the planner can still prove a search's rows are in them.
DROP INDEX opportunities_newest;
CREATE INDEX opportunities_newest ON opportunities (created_at DESC, id DESC) WHERE status IN ('published', 'filled');
DROP INDEX offers_newest;
CREATE INDEX offers_newest ON offers (created_at DESC, id DESC) WHERE status IN ('published', 'filled');

-- As in migration 070, but a listing shown as filled is one the search reads too: entering,
-- changing in or leaving that state is a change every index applies.
CREATE OR REPLACE FUNCTION record_search_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current bigint := (SELECT version FROM search_version);
  kind text := TG_ARGV[0];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO search_changes (version, kind, id) VALUES (current, 'reload', '');
  ELSIF kind IN ('opportunity', 'offer') AND TG_OP = 'INSERT' THEN
    INSERT INTO search_changes (version, kind, id) SELECT current, kind, n.id::text FROM changed_new n
    WHERE n.status = 'published' OR n.status = 'filled' AND n.filled_shown_until IS NOT NULL;
  ELSIF kind IN ('opportunity', 'offer') AND TG_OP = 'UPDATE' THEN
    INSERT INTO search_changes (version, kind, id)
    SELECT current, kind, n.id::text FROM changed_new n JOIN changed_old o ON o.id = n.id
    WHERE n.status = 'published' OR o.status = 'published'
      OR n.status = 'filled' AND n.filled_shown_until IS NOT NULL OR o.status = 'filled' AND o.filled_shown_until IS NOT NULL;
  ELSIF kind IN ('opportunity', 'offer') THEN
    INSERT INTO search_changes (version, kind, id) SELECT current, kind, o.id::text FROM changed_old o
    WHERE o.status = 'published' OR o.status = 'filled' AND o.filled_shown_until IS NOT NULL;
  ELSIF kind = 'organisation' AND TG_OP = 'DELETE' THEN
    INSERT INTO search_changes (version, kind, id) SELECT current, kind, o.id FROM changed_old o;
  ELSIF kind = 'organisation' THEN
    INSERT INTO search_changes (version, kind, id) SELECT current, kind, n.id FROM changed_new n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO search_changes (version, kind, id) VALUES (current, 'reload', 'words');
  ELSE
    INSERT INTO search_changes (version, kind, id) SELECT DISTINCT current, n.kind || '-word', n.word FROM changed_new n;
  END IF;
  RETURN NULL;
END
$$;
