-- Opportunities. Lists that are filtered or counted (categories, target groups, ...) are text[];
-- nested shapes that are only shown (schedule, address, contact) are jsonb, with the parts the
-- search needs extracted into columns (schedule_type, start_dates/next_start, region, lat/lon).
CREATE TABLE opportunities (
  id uuid PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('pending', 'published', 'rejected', 'expired')),
  title text NOT NULL,
  summary text NOT NULL,
  description text NOT NULL,
  tasks text[] NOT NULL DEFAULT '{}',
  requirements text[] NOT NULL DEFAULT '{}',
  organisation_id text NOT NULL REFERENCES organisations (id),
  categories text[] NOT NULL,
  target_groups text[] NOT NULL DEFAULT '{}',
  location_type text NOT NULL,
  region text NOT NULL,
  place text,
  address jsonb,
  lat double precision,
  lon double precision,
  -- ll_to_earth(lat, lon), kept so that radius searches compare stored points: computing it per
  -- row checks the earth domain's constraints every time, which costs more than the search.
  geo earth,
  schedule jsonb NOT NULL,
  schedule_type text NOT NULL,
  -- Start times of a one-time schedule, ascending; next_start is the first of them.
  start_dates timestamptz[] NOT NULL DEFAULT '{}',
  next_start timestamptz,
  minimum_age smallint,
  languages text[] NOT NULL DEFAULT '{}',
  accessibility_features text[] NOT NULL DEFAULT '{}',
  accessibility_note text,
  benefits text[] NOT NULL DEFAULT '{}',
  -- {name, email, phone}; shown only when contact_public, else volunteers write through interests.
  contact jsonb,
  contact_public boolean NOT NULL DEFAULT false,
  image jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  expires_at date,
  decided_at timestamptz,
  rejection_reason text,
  -- The posting exactly as submitted, for the moderators.
  submission jsonb,
  search tsvector NOT NULL DEFAULT ''::tsvector,
  CHECK ((lat IS NULL) = (lon IS NULL))
);

-- The columns derived from others: the search document and the point on earth.
-- Weights: title A, summary and categories B, description and tasks C, organisation and place D.
-- Category ids are German words already ("umwelt-naturschutz"), so they index as they are.
CREATE FUNCTION opportunities_derived_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.geo := CASE WHEN NEW.lat IS NOT NULL THEN ll_to_earth(NEW.lat, NEW.lon) END;
  NEW.search :=
    setweight(to_tsvector('mitmachen_german'::regconfig, NEW.title), 'A') ||
    setweight(to_tsvector('mitmachen_german'::regconfig,
      NEW.summary || ' ' || array_to_string(NEW.categories, ' ')), 'B') ||
    setweight(to_tsvector('mitmachen_german'::regconfig,
      NEW.description || ' ' || array_to_string(NEW.tasks, ' ')), 'C') ||
    setweight(to_tsvector('mitmachen_german'::regconfig,
      coalesce((SELECT name FROM organisations WHERE id = NEW.organisation_id), '') || ' ' ||
      coalesce(NEW.place, '')), 'D');
  RETURN NEW;
END
$$;

CREATE TRIGGER opportunities_derived_columns
  BEFORE INSERT OR UPDATE OF title, summary, description, tasks, categories, organisation_id, place, lat, lon
  ON opportunities FOR EACH ROW EXECUTE FUNCTION opportunities_derived_columns();

CREATE INDEX opportunities_search ON opportunities USING gin (search);
CREATE INDEX opportunities_geo ON opportunities USING gist (geo);
-- Everything a search without text or place reads, so counting 100,000 listings is an
-- index-only scan of a tenth of the table's size (once VACUUM has marked the pages visible).
-- Filters need no indexes of their own: facet counts read every row a filter would skip.
CREATE INDEX opportunities_facets ON opportunities (status, expires_at)
  INCLUDE (id, created_at, categories, target_groups, schedule_type, location_type, region,
    organisation_id, minimum_age, next_start, start_dates);
CREATE INDEX opportunities_newest ON opportunities (created_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX opportunities_pending ON opportunities (created_at, id) WHERE status = 'pending';
