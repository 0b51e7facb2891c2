-- Secrets the server makes for itself, shared by every instance on this database: the first
-- instance to start inserts one, the others read it (ON CONFLICT DO NOTHING, then SELECT).
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Proof-of-work solutions that were spent on an accepted request. Inserted in the same
-- transaction as the posting, so a request that fails does not spend its solution; kept until
-- the challenge expires (after that the signature check refuses it anyway), then purged.
CREATE TABLE altcha_solutions (
  challenge text PRIMARY KEY,
  expires_at timestamptz NOT NULL,
  used_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX altcha_solutions_expires_at ON altcha_solutions (expires_at);
