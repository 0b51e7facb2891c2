-- Volunteers' contact requests, kept until relayed to the organisation (status `pending`).
CREATE TABLE interests (
  id uuid PRIMARY KEY,
  opportunity_id uuid NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text NOT NULL,
  phone text,
  message text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'relayed')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interests_opportunity ON interests (opportunity_id, created_at);
