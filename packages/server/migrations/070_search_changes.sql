-- What each move of the search version changed, so that every server's in-memory search index
-- (search/index/) can apply the changes in version order instead of reloading everything.
-- One row per changed posting, organisation or spelling-list word, with the version that
-- committed it; `id` is '' where a whole list changed (a TRUNCATE, a rebuilt word list).
CREATE TABLE search_changes (
  version bigint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('opportunity', 'offer', 'organisation', 'opportunity-word', 'offer-word', 'reload')),
  id text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_changes_version ON search_changes (version);

-- Changes older than this were pruned: an index that has applied less must load afresh.
ALTER TABLE search_version ADD COLUMN pruned_through bigint NOT NULL DEFAULT 0;

-- The version now moves BEFORE each statement (it moved after it): the writer takes the
-- version row's lock first and keeps it to its commit, so versions commit in their order and
-- the rows a statement records carry the version it commits under. A reader that sees version
-- V therefore also sees every change numbered V or less. The notification tells listening
-- servers to catch up now rather than at their next poll (it is sent at commit).
CREATE OR REPLACE FUNCTION bump_search_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved bigint;
BEGIN
  UPDATE search_version SET version = version + 1 RETURNING version INTO moved;
  PERFORM pg_notify('mitmachen_search', moved::text);
  RETURN NULL;
END
$$;

DROP TRIGGER opportunities_search_version ON opportunities;
DROP TRIGGER offers_search_version ON offers;
DROP TRIGGER organisations_search_version ON organisations;
CREATE TRIGGER opportunities_search_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON opportunities
  FOR EACH STATEMENT EXECUTE FUNCTION bump_search_version();
CREATE TRIGGER offers_search_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON offers
  FOR EACH STATEMENT EXECUTE FUNCTION bump_search_version();
CREATE TRIGGER organisations_search_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION bump_search_version();
CREATE TRIGGER search_words_search_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON search_words
  FOR EACH STATEMENT EXECUTE FUNCTION bump_search_version();

-- Statement triggers with transition tables: one INSERT … SELECT per statement, so seeding a
-- hundred thousand postings records them in one go. Rows that neither were nor are published
-- (a pending posting edited, a rejection of one never shown) change nothing a search reads.
CREATE FUNCTION record_search_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current bigint := (SELECT version FROM search_version);
  kind text := TG_ARGV[0];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO search_changes (version, kind, id) VALUES (current, 'reload', '');
  ELSIF kind IN ('opportunity', 'offer') AND TG_OP = 'INSERT' THEN
    INSERT INTO search_changes (version, kind, id) SELECT current, kind, n.id::text FROM changed_new n WHERE n.status = 'published';
  ELSIF kind IN ('opportunity', 'offer') AND TG_OP = 'UPDATE' THEN
    INSERT INTO search_changes (version, kind, id)
    SELECT current, kind, n.id::text FROM changed_new n JOIN changed_old o ON o.id = n.id
    WHERE n.status = 'published' OR o.status = 'published';
  ELSIF kind IN ('opportunity', 'offer') THEN
    INSERT INTO search_changes (version, kind, id) SELECT current, kind, o.id::text FROM changed_old o WHERE o.status = 'published';
  ELSIF kind = 'organisation' AND TG_OP = 'DELETE' THEN
    INSERT INTO search_changes (version, kind, id) SELECT current, kind, o.id FROM changed_old o;
  ELSIF kind = 'organisation' THEN
    INSERT INTO search_changes (version, kind, id) SELECT current, kind, n.id FROM changed_new n;
  ELSIF TG_OP = 'DELETE' THEN
    -- A rebuilt word list deletes every word first: the index reloads the list.
    INSERT INTO search_changes (version, kind, id) VALUES (current, 'reload', 'words');
  ELSE
    INSERT INTO search_changes (version, kind, id) SELECT DISTINCT current, n.kind || '-word', n.word FROM changed_new n;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER opportunities_changes_insert AFTER INSERT ON opportunities REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('opportunity');
CREATE TRIGGER opportunities_changes_update AFTER UPDATE ON opportunities REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('opportunity');
CREATE TRIGGER opportunities_changes_delete AFTER DELETE ON opportunities REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('opportunity');
CREATE TRIGGER opportunities_changes_truncate AFTER TRUNCATE ON opportunities
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('opportunity');
CREATE TRIGGER offers_changes_insert AFTER INSERT ON offers REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('offer');
CREATE TRIGGER offers_changes_update AFTER UPDATE ON offers REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('offer');
CREATE TRIGGER offers_changes_delete AFTER DELETE ON offers REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('offer');
CREATE TRIGGER offers_changes_truncate AFTER TRUNCATE ON offers
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('offer');
CREATE TRIGGER organisations_changes_insert AFTER INSERT ON organisations REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('organisation');
CREATE TRIGGER organisations_changes_update AFTER UPDATE ON organisations REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('organisation');
CREATE TRIGGER organisations_changes_delete AFTER DELETE ON organisations REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('organisation');
CREATE TRIGGER search_words_changes_insert AFTER INSERT ON search_words REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('words');
CREATE TRIGGER search_words_changes_update AFTER UPDATE ON search_words REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('words');
CREATE TRIGGER search_words_changes_delete AFTER DELETE ON search_words REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('words');
CREATE TRIGGER search_words_changes_truncate AFTER TRUNCATE ON search_words
  FOR EACH STATEMENT EXECUTE FUNCTION record_search_changes('words');

-- Forgets changes older than `keep`; an index further behind than that reloads (see pruned_through).
CREATE FUNCTION prune_search_changes(keep interval) RETURNS void LANGUAGE sql AS $$
  WITH gone AS (DELETE FROM search_changes WHERE changed_at < now() - keep RETURNING version)
  UPDATE search_version SET pruned_through = greatest(pruned_through, (SELECT max(version) FROM gone))
  WHERE EXISTS (SELECT 1 FROM gone);
$$;
