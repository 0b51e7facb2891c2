-- Rate-limit counters, shared by every server instance on this database: one row per policy
-- ("bucket"), client address and fixed time window, counting the requests seen in it.
-- UNLOGGED: no write-ahead log for a row written on every request; after a crash PostgreSQL
-- empties the table, which only forgives the current windows.
CREATE UNLOGGED TABLE rate_limit_hits (
  bucket text NOT NULL,
  address text NOT NULL,
  window_start timestamptz NOT NULL,
  -- When the window closes; housekeeping deletes rows past it.
  window_end timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, address, window_start)
);

CREATE INDEX rate_limit_hits_window_end ON rate_limit_hits (window_end);
