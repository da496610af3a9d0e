-- A region's statistics revision (decision 0708): raised in the same transaction as any write that
-- can change a dashboard figure (buckets applied at ingest, a kiosk quarantined or released). The
-- dashboard's sums are cached per (selection, revision); a new revision makes the old entries
-- unreachable, so a cached figure is never older than the data it was read under.
CREATE TABLE stats_revision (
  region_code  TEXT    NOT NULL PRIMARY KEY,
  revision     BIGINT  NOT NULL
);
