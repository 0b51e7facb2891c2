-- A counter that moves with every change to what searches read, so cached search results can
-- be checked against it with one tiny query: a cached answer is reused only while the version
-- (and the day, which decides expiry) is the one it was computed for. Bumped per statement,
-- inside the writer's transaction, so readers see the new version exactly when they see the data.
CREATE TABLE search_version (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO search_version (version) VALUES (0);

CREATE FUNCTION bump_search_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_version SET version = version + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER opportunities_search_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON opportunities
  FOR EACH STATEMENT EXECUTE FUNCTION bump_search_version();
CREATE TRIGGER offers_search_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON offers
  FOR EACH STATEMENT EXECUTE FUNCTION bump_search_version();
CREATE TRIGGER organisations_search_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION bump_search_version();
