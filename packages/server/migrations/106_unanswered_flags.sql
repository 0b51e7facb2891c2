-- Listings whose contact requests repeatedly got no reply, as volunteers reported: the
-- console's "unanswered" list. One open flag per listing; resolving it (staff) closes it, and a
-- later run of "no reply" answers may flag it again.
CREATE TABLE unanswered_flags (
  id uuid PRIMARY KEY,
  opportunity_id uuid NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  flagged_at timestamptz NOT NULL,
  no_reply integer NOT NULL,
  organisation_notified_at timestamptz,
  resolved_at timestamptz,
  resolved_by text
);
CREATE UNIQUE INDEX unanswered_flags_open ON unanswered_flags (opportunity_id) WHERE resolved_at IS NULL;
CREATE INDEX unanswered_flags_flagged ON unanswered_flags (flagged_at DESC);
