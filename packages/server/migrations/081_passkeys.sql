-- Passkeys (WebAuthn) for staff, beside the sign-in link (issue 12).

CREATE TABLE staff_passkeys (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
  -- The authenticator's credential id (base64url), as the browser names it when signing in.
  credential_id text NOT NULL UNIQUE,
  -- COSE public key: a public value, nothing secret is stored for a passkey.
  public_key bytea NOT NULL,
  -- The signature counter; an assertion whose counter goes backwards hints at a cloned key.
  counter bigint NOT NULL DEFAULT 0,
  transports text[] NOT NULL DEFAULT '{}',
  name text NOT NULL,
  backed_up boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
CREATE INDEX staff_passkeys_account ON staff_passkeys (account_id);

-- One row per ceremony: a challenge is spent by the statement that checks it, so it works once.
CREATE TABLE passkey_challenges (
  challenge text PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('register', 'sign-in')),
  -- Registration: the staff member and the session that asked; sign-in: the asking browser.
  account_id uuid REFERENCES staff_accounts (id) ON DELETE CASCADE,
  session_id uuid REFERENCES staff_sessions (id) ON DELETE CASCADE,
  binding_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CHECK ((purpose = 'register') = (account_id IS NOT NULL AND session_id IS NOT NULL)),
  CHECK ((purpose = 'sign-in') = (binding_hash IS NOT NULL))
);
CREATE INDEX passkey_challenges_expiry ON passkey_challenges (expires_at);
