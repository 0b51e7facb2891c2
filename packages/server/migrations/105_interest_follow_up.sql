-- Follow-up on contact requests (issue 13). A request has a state the volunteer reports:
-- sent (nothing heard yet) → answered (the organisation replied, it did not fit) / placed
-- (replied and agreed) / no-answer. `status` (pending/relayed) stays the relay's own business.
-- The texts (name, address, phone, message) are personal data and deleted after retention;
-- the row stays, so the figures keep counting it.
ALTER TABLE interests
  ADD COLUMN state text NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'answered', 'placed', 'no-answer')),
  ADD COLUMN state_changed_at timestamptz NOT NULL DEFAULT now(),
  -- When the volunteer first reported a reply (answered or placed): the figures' "time to first reply".
  ADD COLUMN replied_at timestamptz,
  -- SHA-256 of the follow-up mail's secret; the secret itself is only in that mail.
  ADD COLUMN follow_up_hash text UNIQUE,
  ADD COLUMN follow_up_sent_at timestamptz,
  ADD COLUMN texts_deleted_at timestamptz,
  ALTER COLUMN name DROP NOT NULL,
  ALTER COLUMN email DROP NOT NULL,
  ALTER COLUMN message DROP NOT NULL,
  ADD CONSTRAINT interests_texts_kept CHECK (texts_deleted_at IS NOT NULL OR (name IS NOT NULL AND email IS NOT NULL AND message IS NOT NULL));
CREATE INDEX interests_state_changed ON interests (state_changed_at) WHERE texts_deleted_at IS NULL;

-- Messages to offers' authors: the same, counts kept after the texts go.
ALTER TABLE offer_contacts
  ADD COLUMN texts_deleted_at timestamptz,
  ALTER COLUMN name DROP NOT NULL,
  ALTER COLUMN email DROP NOT NULL,
  ALTER COLUMN message DROP NOT NULL,
  ADD CONSTRAINT offer_contacts_texts_kept CHECK (texts_deleted_at IS NOT NULL OR (name IS NOT NULL AND email IS NOT NULL AND message IS NOT NULL));

-- Scheduled work, run from the database like the outbox (migration 062): a runner claims due
-- rows with FOR UPDATE SKIP LOCKED and a lease, does the work and marks the row done in one
-- transaction, so several instances never do one job twice and a crash loses none. `due_at` is
-- compared with the runner's clock (a parameter, not now()), so tests can move time.
CREATE TABLE scheduled_jobs (
  id uuid PRIMARY KEY,
  -- interest-follow-up: what to do; subject_id: to what (an interest's id, …).
  kind text NOT NULL,
  subject_id uuid NOT NULL,
  due_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  lease uuid,
  lease_until timestamptz,
  last_error text,
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, subject_id)
);
CREATE INDEX scheduled_jobs_due ON scheduled_jobs (due_at) WHERE state = 'pending';

