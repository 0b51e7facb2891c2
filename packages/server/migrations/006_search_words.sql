-- The words of published postings, for spelling correction: a query word that matches nothing
-- is replaced by the most similar known word (trigram similarity), as the PostgreSQL manual
-- suggests (pg_trgm, "Text Search Integration"). Words are stored lower-case and unaccented,
-- with the lexeme the search configuration makes of them, so a hit can be checked on the lexeme
-- ("hunden" has no word of its own but its lexeme "hund" exists), and with the spelling most
-- postings use ("görlitz"), which is what a corrected query shows. Byte order (COLLATE "C")
-- makes a prefix a plain index range whatever the database's locale.
CREATE TABLE search_words (
  kind text NOT NULL CHECK (kind IN ('opportunity', 'offer')),
  word text COLLATE "C" NOT NULL,
  spelling text NOT NULL,
  lexeme text COLLATE "C" NOT NULL,
  -- In how many published postings the word (after a rebuild: its lexeme) occurs; the more
  -- common word wins a tie.
  ndoc integer NOT NULL,
  PRIMARY KEY (kind, word)
);
CREATE INDEX search_words_trigram ON search_words USING gin (word gin_trgm_ops);
CREATE INDEX search_words_lexeme ON search_words (kind, lexeme);

-- Words worth offering as corrections: Latin letters only once unaccented, at least three of
-- them, not a stop word. unaccent runs before lower() so that a database with the plain C
-- locale (whose lower() leaves "Ü" alone) folds the same way.
CREATE FUNCTION search_words_of(document text) RETURNS TABLE (word text, spelling text, lexeme text)
LANGUAGE sql STABLE AS $$
  SELECT w.word, w.spelling, (ts_lexize('german_stem', w.word))[1]
  FROM (
    SELECT lower(unaccent(s)) AS word, s AS spelling
    FROM unnest(tsvector_to_array(to_tsvector('simple', document))) AS s
  ) w
  WHERE w.word ~ '^[a-z]{3,}$' AND (ts_lexize('german_stem', w.word))[1] IS NOT NULL
$$;

-- The same fields the search documents index (see the triggers in 003 and 004).
CREATE FUNCTION opportunity_plain_text(o opportunities, organisation_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws(' ', o.title, o.summary, array_to_string(o.categories, ' '), o.description,
    array_to_string(o.tasks, ' '), organisation_name, o.place)
$$;

CREATE FUNCTION offer_plain_text(o offers) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws(' ', o.title, array_to_string(o.categories, ' '), o.description, o.place)
$$;

-- Rebuilds the word list from every visible posting (after seeding, or now and then to drop
-- the words of expired postings). Parsing every posting again would take most of a minute for
-- 100,000 of them; instead ts_stat collects the distinct lexemes of the stored search documents
-- (a few thousand), and one posting that contains each lexeme, found through the GIN index,
-- gives the words that make it. How many postings contain a lexeme stands in for its words.
CREATE FUNCTION refresh_search_words() RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_words;
  INSERT INTO search_words (kind, word, spelling, lexeme, ndoc)
  SELECT DISTINCT ON (w.word) 'opportunity', w.word, w.spelling, w.lexeme, s.ndoc
  FROM ts_stat($q$
      SELECT search FROM opportunities
      WHERE status = 'published' AND (expires_at IS NULL OR expires_at >= (SELECT service_today()))
    $q$) AS s
  CROSS JOIN LATERAL (
    SELECT opportunity_plain_text(o, g.name) AS document
    FROM opportunities o JOIN organisations g ON g.id = o.organisation_id
    WHERE o.search @@ quote_literal(s.word)::tsquery AND o.status = 'published'
    LIMIT 1
  ) d
  CROSS JOIN LATERAL search_words_of(d.document) w
  WHERE w.lexeme = s.word
  ORDER BY w.word, s.ndoc DESC;
  INSERT INTO search_words (kind, word, spelling, lexeme, ndoc)
  SELECT DISTINCT ON (w.word) 'offer', w.word, w.spelling, w.lexeme, s.ndoc
  FROM ts_stat($q$ SELECT search FROM offers WHERE status = 'published' $q$) AS s
  CROSS JOIN LATERAL (
    SELECT offer_plain_text(o) AS document FROM offers o
    WHERE o.search @@ quote_literal(s.word)::tsquery AND o.status = 'published'
    LIMIT 1
  ) d
  CROSS JOIN LATERAL search_words_of(d.document) w
  WHERE w.lexeme = s.word
  ORDER BY w.word, s.ndoc DESC;
$$;

-- Adds the words of one newly published posting, so it is found by its typos at once.
CREATE FUNCTION add_opportunity_words(opportunity uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO search_words (kind, word, spelling, lexeme, ndoc)
  SELECT DISTINCT ON (w.word) 'opportunity', w.word, w.spelling, w.lexeme, 1
  FROM opportunities o
  JOIN organisations g ON g.id = o.organisation_id
  CROSS JOIN LATERAL search_words_of(opportunity_plain_text(o, g.name)) w
  WHERE o.id = opportunity
  ON CONFLICT (kind, word) DO UPDATE SET ndoc = search_words.ndoc + 1;
$$;

CREATE FUNCTION add_offer_words(offer uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO search_words (kind, word, spelling, lexeme, ndoc)
  SELECT DISTINCT ON (w.word) 'offer', w.word, w.spelling, w.lexeme, 1
  FROM offers o
  CROSS JOIN LATERAL search_words_of(offer_plain_text(o)) w
  WHERE o.id = offer
  ON CONFLICT (kind, word) DO UPDATE SET ndoc = search_words.ndoc + 1;
$$;
