-- Messages to the volunteer behind an offer (the relay of issue 4). The volunteer's address
-- stays in `offers`; the sender's details here are personal data, deleted after retention.
CREATE TABLE offer_contacts (
  id uuid PRIMARY KEY,
  offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text NOT NULL,
  phone text,
  message text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX offer_contacts_offer ON offer_contacts (offer_id, created_at);

-- Reports about published listings, for the moderators. Exactly one of the two listing ids is set.
CREATE TABLE reports (
  id uuid PRIMARY KEY,
  opportunity_id uuid REFERENCES opportunities (id) ON DELETE CASCADE,
  offer_id uuid REFERENCES offers (id) ON DELETE CASCADE,
  reason text NOT NULL,
  email text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'unpublished')),
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  CHECK ((opportunity_id IS NULL) <> (offer_id IS NULL)),
  CHECK ((status = 'open') = (resolved_at IS NULL))
);
CREATE INDEX reports_open ON reports (created_at, id) WHERE status = 'open';
CREATE INDEX reports_opportunity ON reports (opportunity_id) WHERE opportunity_id IS NOT NULL;
CREATE INDEX reports_offer ON reports (offer_id) WHERE offer_id IS NOT NULL;
