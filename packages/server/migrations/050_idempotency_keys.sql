-- Idempotency-Key bookkeeping for the creating POSTs. One row per (operation scope, key):
-- the request's body hash, whether its first attempt is still running, and the stored response
-- that a retry with the same key and body receives again.
CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  state text NOT NULL CHECK (state IN ('processing', 'done')),
  -- Which attempt holds the key: a request that was given up on cannot complete it later.
  claim uuid NOT NULL,
  response_status integer,
  response_body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key),
  CHECK (state = 'processing' OR (response_status IS NOT NULL AND response_body IS NOT NULL))
);

-- The purge deletes by age.
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
