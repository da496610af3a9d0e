-- The statistics revision of a region's month (decision 0708): raised in the same transaction as
-- any write that changes a figure of that month (buckets applied at ingest), and of the row with
-- month '*' for writes that change every month (a kiosk quarantined or released). The dashboard's
-- sums are cached per (selection, revisions of the months it reads); a raised revision makes the
-- old entries unreachable, so a cached figure is never older than the data it was read under,
-- while today's deliveries leave last year's cached dashboards alone.
CREATE TABLE stats_revision (
  region_code  TEXT    NOT NULL,
  month        TEXT    NOT NULL,
  revision     BIGINT  NOT NULL,
  PRIMARY KEY (region_code, month)
);
