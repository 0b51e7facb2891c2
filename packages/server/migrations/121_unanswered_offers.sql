-- Volunteers' offers whose requests repeatedly got no reply are flagged too (issue 13), in the
-- same list as opportunities (migration 106): exactly one of the two listing ids is set.
ALTER TABLE unanswered_flags
  ALTER COLUMN opportunity_id DROP NOT NULL,
  ADD COLUMN offer_id uuid REFERENCES offers (id) ON DELETE CASCADE,
  ADD CONSTRAINT unanswered_flags_one_listing CHECK ((opportunity_id IS NULL) <> (offer_id IS NULL));
CREATE UNIQUE INDEX unanswered_flags_open_offer ON unanswered_flags (offer_id) WHERE resolved_at IS NULL AND offer_id IS NOT NULL;
