-- Follow-up on contact requests to offers (issue 13), like migration 105 for opportunities'
-- interests: the sender of a message to a volunteer's offer reports whether the volunteer
-- replied. sent → answered (replied, did not fit) / placed (replied, agreed) / no-answer.
-- The texts go after retention (105); the row and its state stay, so the figures keep it.
ALTER TABLE offer_contacts
  ADD COLUMN state text NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'answered', 'placed', 'no-answer')),
  ADD COLUMN state_changed_at timestamptz NOT NULL DEFAULT now(),
  -- When the sender first reported a reply: the figures' "time to first reply".
  ADD COLUMN replied_at timestamptz,
  -- SHA-256 of the follow-up mail's secret; the secret itself is only in that mail.
  ADD COLUMN follow_up_hash text UNIQUE,
  ADD COLUMN follow_up_sent_at timestamptz;
CREATE INDEX offer_contacts_state_changed ON offer_contacts (state_changed_at) WHERE texts_deleted_at IS NULL;
