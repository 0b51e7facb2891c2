-- Lifecycle notices: one row per reminder or question that went out, keyed by what it is about
-- (`cycle`: the end date a reminder is for, or the day the question's period began). Inserting
-- the row and queuing its mail happen in one transaction, and the key refuses a second one, so
-- several server instances never send a notice twice and a crash loses none.
CREATE TABLE lifecycle_notices (
  kind text NOT NULL CHECK (kind IN ('opportunity', 'offer')),
  listing_id uuid NOT NULL,
  notice text NOT NULL CHECK (notice IN ('expiry-7', 'expiry-3', 'expired', 'still-current', 'unconfirmed')),
  cycle date NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (kind, listing_id, notice, cycle)
);

-- Work asked for by a request but done later, so the answer cannot tell what it found ("send me
-- my links again"). Claimed like the outbox (migration 062): FOR UPDATE SKIP LOCKED and a lease.
CREATE TABLE lifecycle_jobs (
  id uuid PRIMARY KEY,
  topic text NOT NULL CHECK (topic IN ('resend-links')),
  payload jsonb NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  lease uuid,
  lease_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz
);
CREATE INDEX lifecycle_jobs_pending ON lifecycle_jobs (created_at) WHERE state = 'pending';
