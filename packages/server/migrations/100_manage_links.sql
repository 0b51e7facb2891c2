-- Manage links: the secret an author gets by mail to manage one listing without an account.
-- Stored as SHA-256 digests only (like the console's tokens, migration 080). A listing may have
-- several live links (each "send me my links again" adds one); staff revoke them all at once.
CREATE TABLE manage_links (
  token_hash text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('opportunity', 'offer')),
  listing_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz
);
CREATE INDEX manage_links_listing ON manage_links (kind, listing_id) WHERE revoked_at IS NULL;

-- The lifecycle's states. Only `published` is ever found by search (and `expiring` is published
-- with its end date near: computed, never stored). `unconfirmed`: "still current?" unanswered.
ALTER TABLE opportunities DROP CONSTRAINT opportunities_status_check;
ALTER TABLE opportunities ADD CONSTRAINT opportunities_status_check
  CHECK (status IN ('pending', 'published', 'rejected', 'expired', 'changes-requested', 'hidden',
    'paused', 'filled', 'withdrawn', 'unconfirmed', 'archived'));
ALTER TABLE offers DROP CONSTRAINT offers_status_check;
ALTER TABLE offers ADD CONSTRAINT offers_status_check
  CHECK (status IN ('pending', 'published', 'rejected', 'expired', 'changes-requested', 'hidden',
    'paused', 'filled', 'withdrawn', 'unconfirmed', 'archived'));

-- When the lifecycle last moved the listing (expired, unconfirmed, ...), and when its author last
-- said it is current (publication counts as that too). The author's language for mail ('de', 'en').
ALTER TABLE opportunities ADD COLUMN lifecycle_at timestamptz, ADD COLUMN confirmed_at timestamptz, ADD COLUMN author_language text;
ALTER TABLE offers ADD COLUMN lifecycle_at timestamptz, ADD COLUMN confirmed_at timestamptz, ADD COLUMN author_language text;

-- How often an agency's listings without an end date are asked "still current?".
ALTER TABLE agencies ADD COLUMN confirm_interval_days integer NOT NULL DEFAULT 90
  CHECK (confirm_interval_days BETWEEN 7 AND 365);
