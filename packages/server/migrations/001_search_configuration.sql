-- German full-text search that ignores accents: "Görlitz" and "Gorlitz", "Straße" and "Strasse"
-- reach the same lexeme. unaccent runs as a filtering dictionary before the Snowball stemmer;
-- tokens made only of ASCII letters (asciiword) need no folding and keep the german mapping.
CREATE TEXT SEARCH CONFIGURATION mitmachen_german (COPY = german);
ALTER TEXT SEARCH CONFIGURATION mitmachen_german
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;

-- The date that decides whether a posting has expired: the service area's calendar day
-- (Saxony), whatever time zone the database server runs in. STABLE and plain SQL, so the
-- planner inlines it and evaluates it once per statement.
CREATE FUNCTION service_today() RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (now() AT TIME ZONE 'Europe/Berlin')::date
$$;
