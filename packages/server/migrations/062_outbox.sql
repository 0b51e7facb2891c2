-- Mail to send: contact requests relayed to organisations and volunteers, moderation decisions
-- to authors. Written in the same transaction as the change it reports, so a committed change
-- always has its message and a rolled-back one never does. Workers claim due rows with
-- FOR UPDATE SKIP LOCKED and a lease, so several instances never send one message at once.
CREATE TABLE outbox (
  id uuid PRIMARY KEY,
  -- interest | offer-contact | decision: what the message is about (for logs, never its content).
  topic text NOT NULL,
  recipient text NOT NULL,
  reply_to text,
  subject text NOT NULL,
  body text NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- A worker holds a claimed row until then; after it, another may take it over.
  lease_until timestamptz,
  lease uuid,
  last_error text,
  -- When a server without SMTP said in its log that this message waits.
  noted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_created ON outbox (created_at);
