-- Zuil regional backend, schema 13: the region's recorded clips (decision 0310).
--
-- A catalogue names each clip by the SHA-256 of its bytes; kiosks' agents fetch them by that hash.
-- A clip is region content (a staff member's recorded voice reading a screen text), never anything
-- a visitor said or did. Stored once per region and hash, never changed: the same hash is the same
-- bytes. Clips are kept while any draft or published version might name them.

CREATE TABLE catalogue_clip (
  region_code   TEXT    NOT NULL REFERENCES region (code),
  sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
  clip          BLOB    NOT NULL,
  stored_at_ms  BIGINT  NOT NULL,
  PRIMARY KEY (region_code, sha256)
);
