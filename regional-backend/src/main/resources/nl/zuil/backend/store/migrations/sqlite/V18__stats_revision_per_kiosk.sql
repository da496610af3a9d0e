-- The statistics revision per kiosk (decisions 0708, 0709): each kiosk's deliveries raise the row
-- of their region, month and kiosk, so kiosks delivering at the same moment no longer wait for
-- each other's commit on one row per region and month. A month's revision is the sum of its rows:
-- every raise adds one, so the sum goes up with every write and never comes back to an earlier
-- value. Quarantine raises the row of month '*' with location and kiosk '*'. The revisions so far
-- carry over as the region-wide rows of their months, so no sum falls back to one an instance
-- still keeps sums under.
ALTER TABLE stats_revision RENAME TO stats_revision_v17;
CREATE TABLE stats_revision (
  region_code    TEXT    NOT NULL,
  month          TEXT    NOT NULL,
  location_code  TEXT    NOT NULL,
  kiosk_code     TEXT    NOT NULL,
  revision       BIGINT  NOT NULL,
  CONSTRAINT stats_revision_per_kiosk PRIMARY KEY (region_code, month, location_code, kiosk_code)
);
INSERT INTO stats_revision (region_code, month, location_code, kiosk_code, revision)
  SELECT region_code, month, '*', '*', revision FROM stats_revision_v17;
DROP TABLE stats_revision_v17;
