-- Volunteers' own offers. The email is stored for relaying only and never returned; the area is
-- coarse on purpose (coordinates rounded to two decimals, about 1 km).
CREATE TABLE offers (
  id uuid PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('pending', 'published', 'rejected', 'expired')),
  display_name text NOT NULL,
  email text NOT NULL,
  title text NOT NULL,
  description text NOT NULL,
  categories text[] NOT NULL,
  availability jsonb NOT NULL,
  place text NOT NULL,
  region text NOT NULL,
  lat double precision,
  lon double precision,
  -- ll_to_earth(lat, lon), stored for radius searches (see opportunities.geo).
  geo earth,
  radius_km double precision NOT NULL,
  age_group text,
  languages text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  rejection_reason text,
  submission jsonb,
  search tsvector NOT NULL DEFAULT ''::tsvector,
  CHECK ((lat IS NULL) = (lon IS NULL))
);

-- The search document (weights: title A, categories B, description C, place D) and the point.
CREATE FUNCTION offers_derived_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.geo := CASE WHEN NEW.lat IS NOT NULL THEN ll_to_earth(NEW.lat, NEW.lon) END;
  NEW.search :=
    setweight(to_tsvector('mitmachen_german'::regconfig, NEW.title), 'A') ||
    setweight(to_tsvector('mitmachen_german'::regconfig, array_to_string(NEW.categories, ' ')), 'B') ||
    setweight(to_tsvector('mitmachen_german'::regconfig, NEW.description), 'C') ||
    setweight(to_tsvector('mitmachen_german'::regconfig, NEW.place), 'D');
  RETURN NEW;
END
$$;

CREATE TRIGGER offers_derived_columns
  BEFORE INSERT OR UPDATE OF title, description, categories, place, lat, lon
  ON offers FOR EACH ROW EXECUTE FUNCTION offers_derived_columns();

CREATE INDEX offers_search ON offers USING gin (search);
CREATE INDEX offers_geo ON offers USING gist (geo);
CREATE INDEX offers_newest ON offers (created_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX offers_pending ON offers (created_at, id) WHERE status = 'pending';
