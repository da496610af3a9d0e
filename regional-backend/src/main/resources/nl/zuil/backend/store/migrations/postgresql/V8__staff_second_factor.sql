-- Zuil regional backend, schema 8: a second factor (TOTP, RFC 6238) for password accounts
-- (decision 0215).
--
-- The shared secret is stored sealed: AES-256-GCM under a key that lives in a file given to
-- `serve --totp-key-file`, never in the database, so a dump of the database alone does not give
-- the secrets away. `enabled_at_ms` stays NULL until the member of staff has entered a first code,
-- so a half-finished enrolment never locks anyone out. `last_step` is the 30-second time step of
-- the last code accepted: a code is accepted once. Recovery codes are random and stored only as
-- SHA-256 hashes; each can be used once. Staff who sign in with the region's identity provider
-- (OpenID Connect) leave nothing here: their roles come from the provider's claims at each sign-in.

CREATE TABLE staff_totp (
  username          TEXT    NOT NULL PRIMARY KEY REFERENCES staff_user (username) ON DELETE CASCADE,
  sealed_secret     TEXT    NOT NULL,
  enabled_at_ms     BIGINT,
  last_step         BIGINT  NOT NULL DEFAULT 0
);

CREATE TABLE staff_recovery_code (
  username          TEXT    NOT NULL REFERENCES staff_user (username) ON DELETE CASCADE,
  code_hash         TEXT    NOT NULL CHECK (length(code_hash) = 64),
  used_at_ms        BIGINT,
  PRIMARY KEY (username, code_hash)
);
