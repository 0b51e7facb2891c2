-- Listings in more than one language: an organisation (or a volunteer) may add translations of
-- the texts a reader needs first (opportunities: title, summary, description; offers: title,
-- description) in the other interface languages. German stays the original and is always there.
-- Stored as jsonb on the row, {"uk": {"title": …, "summary": …, "description": …}, …}: a listing
-- has a handful at most, they are read with the row, and moderation approves them with it.
ALTER TABLE opportunities
  ADD COLUMN translations jsonb NOT NULL DEFAULT '{}',
  -- 'de' and the translations' languages, sorted: what the "available in my language" filter
  -- and its facet read, as a plain array like the other facet columns.
  ADD COLUMN text_languages text[] NOT NULL DEFAULT '{de}';
ALTER TABLE offers
  ADD COLUMN translations jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN text_languages text[] NOT NULL DEFAULT '{de}';

-- Ukrainian has no Snowball stemmer in PostgreSQL: its words are indexed as they are, lower-case
-- and unaccented like the German ones, so that a query analysed with mitmachen_german (which for
-- Cyrillic letters only folds case) finds them.
CREATE TEXT SEARCH CONFIGURATION mitmachen_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION mitmachen_simple
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- The configuration that stems a language's words where PostgreSQL has a stemmer for it.
CREATE FUNCTION translation_search_config(lang text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE lang
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'ru' THEN 'russian'::regconfig
    WHEN 'tr' THEN 'turkish'::regconfig
    WHEN 'ar' THEN 'arabic'::regconfig
    WHEN 'de' THEN 'mitmachen_german'::regconfig
    ELSE 'mitmachen_simple'::regconfig
  END
$$;

-- The search document of a row's translations, with the same weights as the German fields:
-- each text once with its language's configuration (a Russian query stemmed the Russian way
-- finds it) and once with mitmachen_german, so that the query every search makes by default
-- (and the in-memory index, which reads this document) finds a translation by its words too.
CREATE FUNCTION translations_tsvector(translations jsonb, fields text[], weights "char"[]) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  result tsvector := ''::tsvector;
  lang text;
  body jsonb;
  i int;
BEGIN
  FOR lang, body IN SELECT key, value FROM jsonb_each(translations) ORDER BY key LOOP
    FOR i IN 1 .. array_length(fields, 1) LOOP
      IF body ? fields[i] THEN
        result := result ||
          setweight(to_tsvector(translation_search_config(lang), body ->> fields[i]), weights[i]) ||
          setweight(to_tsvector('mitmachen_german'::regconfig, body ->> fields[i]), weights[i]);
      END IF;
    END LOOP;
  END LOOP;
  RETURN result;
END
$$;

CREATE FUNCTION text_languages_of(translations jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['de'] || coalesce(ARRAY(SELECT k FROM jsonb_object_keys(translations) k WHERE k <> 'de' ORDER BY k), '{}')
$$;

-- 003's function with the translations appended (German first, so its positions are unchanged).
CREATE OR REPLACE FUNCTION opportunities_derived_columns() RETURNS trigger LANGUAGE plpgsql AS $$
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
      coalesce(NEW.place, '')), 'D') ||
    translations_tsvector(NEW.translations, ARRAY['title', 'summary', 'description'], ARRAY['A', 'B', 'C']::"char"[]);
  NEW.text_languages := text_languages_of(NEW.translations);
  RETURN NEW;
END
$$;

DROP TRIGGER opportunities_derived_columns ON opportunities;
CREATE TRIGGER opportunities_derived_columns
  BEFORE INSERT OR UPDATE OF title, summary, description, tasks, categories, organisation_id, place, lat, lon, translations
  ON opportunities FOR EACH ROW EXECUTE FUNCTION opportunities_derived_columns();

CREATE OR REPLACE FUNCTION offers_derived_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.geo := CASE WHEN NEW.lat IS NOT NULL THEN ll_to_earth(NEW.lat, NEW.lon) END;
  NEW.search :=
    setweight(to_tsvector('mitmachen_german'::regconfig, NEW.title), 'A') ||
    setweight(to_tsvector('mitmachen_german'::regconfig, array_to_string(NEW.categories, ' ')), 'B') ||
    setweight(to_tsvector('mitmachen_german'::regconfig, NEW.description), 'C') ||
    setweight(to_tsvector('mitmachen_german'::regconfig, NEW.place), 'D') ||
    translations_tsvector(NEW.translations, ARRAY['title', 'description'], ARRAY['A', 'C']::"char"[]);
  NEW.text_languages := text_languages_of(NEW.translations);
  RETURN NEW;
END
$$;

DROP TRIGGER offers_derived_columns ON offers;
CREATE TRIGGER offers_derived_columns
  BEFORE INSERT OR UPDATE OF title, description, categories, place, lat, lon, translations
  ON offers FOR EACH ROW EXECUTE FUNCTION offers_derived_columns();

-- The covering index of searches without text (003) learns the new facet column, so counting
-- stays an index-only scan.
DROP INDEX opportunities_facets;
CREATE INDEX opportunities_facets ON opportunities (status, expires_at)
  INCLUDE (id, created_at, categories, target_groups, schedule_type, location_type, region,
    organisation_id, minimum_age, next_start, start_dates, text_languages);

-- The spelling list (006) learns the translations' words, so that an English or Turkish word a
-- listing contains is not "corrected" into a German one.
CREATE OR REPLACE FUNCTION opportunity_plain_text(o opportunities, organisation_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws(' ', o.title, o.summary, array_to_string(o.categories, ' '), o.description,
    array_to_string(o.tasks, ' '), organisation_name, o.place,
    (SELECT string_agg(concat_ws(' ', t.value ->> 'title', t.value ->> 'summary', t.value ->> 'description'), ' ')
     FROM jsonb_each(o.translations) t))
$$;

CREATE OR REPLACE FUNCTION offer_plain_text(o offers) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws(' ', o.title, array_to_string(o.categories, ' '), o.description, o.place,
    (SELECT string_agg(concat_ws(' ', t.value ->> 'title', t.value ->> 'description'), ' ')
     FROM jsonb_each(o.translations) t))
$$;
