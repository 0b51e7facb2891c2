-- Listings brought in by `mitmachen-server import`, by their id in the source, so that running
-- an import again updates what it created before instead of adding it twice. `agency` names the
-- agency the import was run for (a free text until agencies are records of their own).
-- `content_hash` is the hash of the listing as last imported: equal means unchanged, no write.
CREATE TABLE import_sources (
  agency text NOT NULL,
  source text NOT NULL CHECK (source IN ('freinet', 'csv')),
  source_id text NOT NULL,
  opportunity_id uuid NOT NULL UNIQUE REFERENCES opportunities (id) ON DELETE CASCADE,
  content_hash text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agency, source, source_id)
);
