-- Zuil regional backend, schema 2: staff accounts for the statistics dashboard and kiosk health.
--
-- An account belongs to exactly one region. A municipality account sees only the inlooppunten of
-- its municipality; the role decides what else it may do (decision 0701). Passwords are stored
-- only as Argon2id hashes in PHC format. Failed logins are counted here, not in memory, so a
-- restart does not lift a lockout.

CREATE TABLE staff_user (
  username          TEXT    NOT NULL PRIMARY KEY,
  region_code       TEXT    NOT NULL REFERENCES region (code),
  role              TEXT    NOT NULL CHECK (role IN ('region-staff', 'municipality', 'it')),
  municipality      TEXT,
  password_hash     TEXT    NOT NULL,
  created_at_ms     BIGINT  NOT NULL,
  failed_logins     INTEGER NOT NULL DEFAULT 0,
  locked_until_ms   BIGINT,
  CHECK ((role = 'municipality') = (municipality IS NOT NULL))
);
