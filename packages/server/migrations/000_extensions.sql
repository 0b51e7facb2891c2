-- Extensions the search relies on. PGlite loads them from its contrib bundle; on PostgreSQL
-- they come with postgresql-contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
