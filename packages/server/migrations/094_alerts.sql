-- E-mail alerts for a saved search (issue 14), without accounts. A subscription holds the address
-- and the search, nothing else about the person; it is deleted by unsubscribing, by the console's
-- DSGVO erasure, or (unconfirmed) when its confirm link runs out.
CREATE TABLE alert_subscriptions (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  -- The search's parameters as GET /v1/opportunities takes them (contract schema AlertSearch).
  search jsonb NOT NULL,
  frequency text NOT NULL CHECK (frequency IN ('daily', 'weekly')),
  -- The language the subscriber chose in (UI language; the mails' listings come in it when translated).
  language text NOT NULL,
  created_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  -- The search version (migration 070) up to which published listings were considered: a digest
  -- reports listings whose change-feed `published_version` (migration 091) is above it.
  seen_version bigint,
  -- The subject of its pending scheduled job (migration 105): the confirm link's expiry while
  -- unconfirmed, then the next digest. A fresh id per job, since a job's (kind, subject) is unique.
  next_job uuid UNIQUE,
  last_digest_at timestamptz
);
CREATE INDEX alert_subscriptions_email ON alert_subscriptions (lower(email));

-- The links' secrets, as SHA-256 digests only: one confirm token, and one unsubscribe token per
-- mail sent (an older mail's link keeps working until the subscription is gone).
CREATE TABLE alert_tokens (
  hash text PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES alert_subscriptions (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('confirm', 'unsubscribe')),
  created_at timestamptz NOT NULL
);
CREATE INDEX alert_tokens_subscription ON alert_tokens (subscription_id);

-- Extra mail headers a message needs (alerts: RFC 8058 List-Unsubscribe and List-Unsubscribe-Post).
ALTER TABLE outbox ADD COLUMN headers jsonb;
