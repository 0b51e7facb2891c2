-- A bulk writer (the import) no longer holds the search version row's lock for its whole run:
-- with `mitmachen.defer_version` set for its transaction, its statements leave the version
-- alone (other writers go on committing), and finish_deferred_version(), its last statement,
-- moves the version once and gives every change row the transaction wrote that version. The
-- rows still carry the version they commit under, so readers' order (search index, change feed)
-- holds; the lock is held only from that last statement to the commit. A writer changing one of
-- the very listings the import is writing at that moment can meet it in a deadlock: PostgreSQL
-- ends one of the two, and an import so ended has written nothing (run it again).
CREATE OR REPLACE FUNCTION bump_search_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved bigint;
BEGIN
  IF current_setting('mitmachen.defer_version', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE search_version SET version = version + 1 RETURNING version INTO moved;
  PERFORM pg_notify('mitmachen_search', moved::text);
  RETURN NULL;
END
$$;

CREATE FUNCTION finish_deferred_version() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  moved bigint;
  -- Rows this transaction inserted or updated carry its id as xmin.
  me xid := pg_current_xact_id()::xid;
BEGIN
  PERFORM set_config('mitmachen.defer_version', 'off', true);
  UPDATE search_version SET version = version + 1 RETURNING version INTO moved;
  UPDATE search_changes SET version = moved WHERE xmin = me;
  -- Listings published by this transaction had both versions set to the same stale value.
  UPDATE change_feed SET version = moved,
    published_version = CASE WHEN published_version = version THEN moved ELSE published_version END
  WHERE xmin = me;
  PERFORM pg_notify('mitmachen_search', moved::text);
  RETURN moved;
END
$$;
