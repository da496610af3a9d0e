-- Zuil regional backend, schema 3: catalogue drafts that region staff upload for review.
--
-- A region has at most one draft: an upload replaces it, publishing moves it into
-- region_catalogue and deletes it (decision 1050). The draft holds the catalogue exactly as it
-- will be served, its version already the next one, so review shows what kiosks will get.
-- file_version is what the uploaded file said, shown when it differs. uploaded_by is the staff
-- account's name, not anything about a visitor.

CREATE TABLE catalogue_draft (
  region_code     TEXT    NOT NULL PRIMARY KEY REFERENCES region (code),
  version         INTEGER NOT NULL CHECK (version >= 1),
  file_version    INTEGER NOT NULL,
  catalogue_json  TEXT    NOT NULL,
  uploaded_by     TEXT    NOT NULL,
  uploaded_at_ms  BIGINT  NOT NULL
);
