-- Organisations behind opportunities. `name_key` is the name folded to letters and digits, so
-- "Tierschutzverein Pirna e.V." and "Tierschutzverein Pirna e. V." are one organisation.
-- `published_at` stays null until one of its postings is approved: until then an unreviewed
-- posting may still correct the details, and nothing about it is public.
CREATE TABLE organisations (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 80),
  name text NOT NULL,
  name_key text NOT NULL UNIQUE,
  type text NOT NULL,
  website text,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);
