-- The statistics revision per kiosk (decisions 0708, 0709): each kiosk's deliveries raise the row
-- of their region, month and kiosk, so kiosks delivering at the same moment no longer wait for
-- each other's commit on one row per region and month. A month's revision is the sum of its rows:
-- every raise adds one, so the sum goes up with every write and never comes back to an earlier
-- value. Quarantine raises the row of month '*' with location and kiosk '*'.
CREATE TABLE stats_revision_per_kiosk (
  region_code    TEXT    NOT NULL,
  month          TEXT    NOT NULL,
  location_code  TEXT    NOT NULL,
  kiosk_code     TEXT    NOT NULL,
  revision       BIGINT  NOT NULL,
  PRIMARY KEY (region_code, month, location_code, kiosk_code)
);
INSERT INTO stats_revision_per_kiosk (region_code, month, location_code, kiosk_code, revision)
  SELECT region_code, month, '*', '*', revision FROM stats_revision;
DROP TABLE stats_revision;
ALTER TABLE stats_revision_per_kiosk RENAME TO stats_revision;
