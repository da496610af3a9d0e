-- Zuil regional backend, schema 6: login budgets, staff sessions and the staff audit log live in
-- the database, so several backend processes on one database serve the same staff with one
-- guessing budget (decisions 0209, 0210, 0211). Nothing here is about visitors.

-- The account lock (five wrong passwords lock for a quarter of an hour) is gone: anyone could
-- trigger it. Login budgets below replace it.
ALTER TABLE staff_user DROP COLUMN failed_logins;
ALTER TABLE staff_user DROP COLUMN locked_until_ms;

-- One row per login budget (an account, a client address, all unknown browsers, a known browser),
-- keyed by the SHA-256 of its name; dropped once forgotten. version makes concurrent counting safe.
CREATE TABLE login_throttle (
  key_hash       TEXT    NOT NULL PRIMARY KEY,
  attempts       INTEGER NOT NULL CHECK (attempts >= 0),
  wait_until_ms  BIGINT  NOT NULL,
  forget_at_ms   BIGINT  NOT NULL,
  version        BIGINT  NOT NULL
);
CREATE INDEX login_throttle_by_forget ON login_throttle (forget_at_ms);

-- Keys the backend makes for itself on first use (the key that signs known-browser cookies).
CREATE TABLE server_secret (
  name    TEXT NOT NULL PRIMARY KEY,
  secret  TEXT NOT NULL
);

-- Staff sessions, by the SHA-256 of the cookie's token: the database never holds a live cookie.
-- username NULL is a browser on the login form. The CSRF token is the page's, not a secret.
CREATE TABLE staff_session (
  token_hash      TEXT   NOT NULL PRIMARY KEY,
  username        TEXT   REFERENCES staff_user (username) ON DELETE CASCADE,
  csrf            TEXT   NOT NULL,
  started_ms      BIGINT NOT NULL,
  last_active_ms  BIGINT NOT NULL
);
CREATE INDEX staff_session_by_activity ON staff_session (last_active_ms);

-- What staff did: who (account name and role, or the command line), which action, on which code
-- (a region, a kiosk, a catalogue version), when. Codes only: no visitor data, no free text, no
-- address. Kept for a configured period.
CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  at_ms        BIGINT  NOT NULL,
  region_code  TEXT    NOT NULL,
  username     TEXT    NOT NULL CHECK (length(username) <= 40),
  role         TEXT    NOT NULL CHECK (role IN ('region-staff', 'municipality', 'it', 'cli')),
  action       TEXT    NOT NULL CHECK (length(action) <= 40),
  target       TEXT    NOT NULL CHECK (length(target) <= 120)
);
CREATE INDEX audit_log_by_region ON audit_log (region_code, at_ms);
CREATE INDEX audit_log_by_time ON audit_log (at_ms);
