-- Names this database for the search index's snapshot files (search/index/snapshot-file.ts): a
-- server restores a snapshot only into the database that wrote it, since another database's
-- version numbers mean other listings. Random per database; a copy of the database's files (or
-- a dump restored elsewhere) keeps it, which is why a snapshot also records what its own version
-- changed and is refused when the database's change log says otherwise.
ALTER TABLE search_version ADD COLUMN database_id uuid NOT NULL DEFAULT gen_random_uuid();
