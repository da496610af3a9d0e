-- Zuil regional backend, schema 9: sessions of staff who signed in through the region's identity
-- provider (OpenID Connect, decision 0215), and room for their names in the audit log.
--
-- A provider account has no staff_user row: its role, region and municipality come from the
-- provider's claims at sign-in. Its session keeps them itself, in provider_* columns, while
-- `username` (which must name a staff_user row) stays NULL. A password account's session keeps
-- only `username` and reads its role from the account at every request, as before.

ALTER TABLE staff_session ADD COLUMN provider_username TEXT
  CHECK (provider_username IS NULL OR (provider_username LIKE 'idp:%'
    AND length(provider_username) <= 260));
ALTER TABLE staff_session ADD COLUMN provider_role TEXT;
ALTER TABLE staff_session ADD COLUMN provider_region_code TEXT;
ALTER TABLE staff_session ADD COLUMN provider_municipality TEXT
  CHECK ((provider_username IS NULL AND provider_role IS NULL AND provider_region_code IS NULL
      AND provider_municipality IS NULL)
    OR (username IS NULL AND provider_username IS NOT NULL
      AND provider_role IN ('region-staff', 'municipality', 'it')
      AND provider_region_code IS NOT NULL
      AND (provider_role = 'municipality') = (provider_municipality IS NOT NULL)));

-- A provider account's name is `idp:` and the provider's name for the person, often an e-mail
-- address (at most 254 characters): the audit log's 40 characters are too few. SQLite cannot
-- change a CHECK in place, so the table is copied.
CREATE TABLE audit_log_new (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  at_ms        BIGINT  NOT NULL,
  region_code  TEXT    NOT NULL,
  username     TEXT    NOT NULL CHECK (length(username) <= 260),
  role         TEXT    NOT NULL CHECK (role IN ('region-staff', 'municipality', 'it', 'cli')),
  action       TEXT    NOT NULL CHECK (length(action) <= 40),
  target       TEXT    NOT NULL CHECK (length(target) <= 120)
);
INSERT INTO audit_log_new (id, at_ms, region_code, username, role, action, target)
  SELECT id, at_ms, region_code, username, role, action, target FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_by_region ON audit_log (region_code, at_ms);
CREATE INDEX audit_log_by_time ON audit_log (at_ms);
