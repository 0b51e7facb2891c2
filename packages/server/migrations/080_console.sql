-- The agency console: agencies and the regions they cover, staff accounts, their sessions and
-- sign-in links, per-agency API tokens, and the append-only audit log. Secrets (session ids,
-- link tokens, API tokens) are stored as SHA-256 digests only: a copy of the database opens
-- no session.

CREATE TABLE agencies (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A region is covered by at most one agency, so every posting has exactly one queue: its
-- region's agency's, or the operator's when no agency covers it (or it is remote).
CREATE TABLE agency_regions (
  region text PRIMARY KEY,
  agency_id uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE
);
CREATE INDEX agency_regions_agency ON agency_regions (agency_id);

CREATE TABLE staff_accounts (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  name text,
  role text NOT NULL CHECK (role IN ('operator', 'agency_admin', 'moderator', 'analyst')),
  agency_id uuid REFERENCES agencies (id),
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz,
  -- An operator serves the whole platform; everybody else works for one agency.
  CHECK ((role = 'operator') = (agency_id IS NULL))
);
CREATE UNIQUE INDEX staff_accounts_email ON staff_accounts (lower(email));

CREATE TABLE staff_sessions (
  id uuid PRIMARY KEY,
  -- SHA-256 of the cookie's value (hex); the value itself is only ever in the browser.
  secret_hash text NOT NULL UNIQUE,
  account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  ended_reason text,
  address text,
  user_agent text
);
CREATE INDEX staff_sessions_account ON staff_sessions (account_id) WHERE ended_at IS NULL;

CREATE TABLE sign_in_links (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
  -- SHA-256 of the nonce in the asking browser's binding cookie.
  binding_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  address text
);
CREATE INDEX sign_in_links_expiry ON sign_in_links (expires_at);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  secret_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  name text NOT NULL,
  agency_id uuid REFERENCES agencies (id),
  scope text NOT NULL CHECK (scope IN ('moderate', 'read')),
  created_by uuid REFERENCES staff_accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Who did what, to which item, when and from where. The API only ever inserts and reads; the
-- trigger below refuses changes from anything else too (a DSGVO erasure adds a new entry).
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  account_id uuid,
  email text,
  role text,
  -- The actor's agency, and the agency whose item or record was touched (for the agency's view).
  agency_id uuid,
  subject_agency_id uuid,
  token_id uuid,
  action text NOT NULL,
  item_kind text,
  item_id text,
  change jsonb,
  reason text,
  address text
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_item ON audit_log (item_id, at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- One holder per item; a claim whose time ran out is free for anyone.
CREATE TABLE item_claims (
  kind text NOT NULL,
  item_id uuid NOT NULL,
  holder text NOT NULL,
  account_id uuid REFERENCES staff_accounts (id) ON DELETE CASCADE,
  email text,
  until timestamptz NOT NULL,
  PRIMARY KEY (kind, item_id)
);

CREATE TABLE item_notes (
  id uuid PRIMARY KEY,
  kind text NOT NULL,
  item_id uuid NOT NULL,
  account_id uuid REFERENCES staff_accounts (id) ON DELETE SET NULL,
  email text,
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX item_notes_item ON item_notes (kind, item_id, created_at);

CREATE TABLE reason_templates (
  id uuid PRIMARY KEY,
  agency_id uuid REFERENCES agencies (id) ON DELETE CASCADE,
  title text NOT NULL,
  text text NOT NULL,
  archived boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Two states only staff set: sent back to the author, and taken out of view after publication.
-- Public reads keep asking for `published`, so neither is ever shown.
ALTER TABLE opportunities DROP CONSTRAINT opportunities_status_check;
ALTER TABLE opportunities ADD CONSTRAINT opportunities_status_check
  CHECK (status IN ('pending', 'published', 'rejected', 'expired', 'changes-requested', 'hidden'));
ALTER TABLE offers DROP CONSTRAINT offers_status_check;
ALTER TABLE offers ADD CONSTRAINT offers_status_check
  CHECK (status IN ('pending', 'published', 'rejected', 'expired', 'changes-requested', 'hidden'));

-- Every posting with the agency whose queue it is in (NULL: the operator's queue). Computed,
-- not stored: changing an agency's regions moves its postings at once.
CREATE VIEW console_items AS
  SELECT 'opportunity'::text AS kind, o.id, o.title, o.status, o.region, o.place, o.created_at,
    o.decided_at, o.rejection_reason, o.contact->>'name' AS author_name,
    o.contact->>'email' AS author_email, o.contact->>'phone' AS author_phone,
    CASE WHEN o.location_type = 'remote' THEN NULL ELSE r.agency_id END AS agency_id
  FROM opportunities o LEFT JOIN agency_regions r ON r.region = o.region
  UNION ALL
  SELECT 'offer', f.id, f.title, f.status, f.region, f.place, f.created_at,
    f.decided_at, f.rejection_reason, f.display_name, f.email, NULL, r.agency_id
  FROM offers f LEFT JOIN agency_regions r ON r.region = f.region;
