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
ALTER TABLE staff_session ADD COLUMN provider_municipality TEXT;
ALTER TABLE staff_session ADD CONSTRAINT staff_session_provider_account
  CHECK ((provider_username IS NULL AND provider_role IS NULL AND provider_region_code IS NULL
      AND provider_municipality IS NULL)
    OR (username IS NULL AND provider_username IS NOT NULL
      AND provider_role IN ('region-staff', 'municipality', 'it')
      AND provider_region_code IS NOT NULL
      AND (provider_role = 'municipality') = (provider_municipality IS NOT NULL)));

-- A provider account's name is `idp:` and the provider's name for the person, often an e-mail
-- address (at most 254 characters): the audit log's 40 characters are too few.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_username_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_username_check CHECK (length(username) <= 260);
