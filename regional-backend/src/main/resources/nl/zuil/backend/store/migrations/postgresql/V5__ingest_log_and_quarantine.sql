-- Zuil regional backend, schema 5: what each device delivered, and kiosks taken out of the figures
-- (decision 0208). Counts only: no column can hold a visit or anything about a person.

-- One row per accepted bucket batch: when, which device and ledger, how many buckets it held, how
-- many changed stored counts and how many visits those now count, and which service days it
-- touched. Kept for a configured period, then purged.
CREATE TABLE ingest_log (
  region_code     TEXT    NOT NULL,
  location_code   TEXT    NOT NULL,
  kiosk_code      TEXT    NOT NULL,
  device_id       TEXT    NOT NULL,
  ledger_id       TEXT    NOT NULL,
  received_at_ms  BIGINT  NOT NULL,
  buckets         INTEGER NOT NULL,
  applied         INTEGER NOT NULL,
  visits_applied  BIGINT  NOT NULL,
  first_day       TEXT    NOT NULL,
  last_day        TEXT    NOT NULL
);
CREATE INDEX ingest_log_by_kiosk ON ingest_log (region_code, location_code, kiosk_code,
                                                received_at_ms);
CREATE INDEX ingest_log_by_time ON ingest_log (received_at_ms);

-- Kiosks whose buckets the statistics leave out until IT beheer releases them. Their buckets stay
-- stored and keep being updated, so a release brings the kiosk's counts back without a resend.
CREATE TABLE quarantined_kiosk (
  region_code    TEXT    NOT NULL,
  location_code  TEXT    NOT NULL,
  kiosk_code     TEXT    NOT NULL,
  since_ms       BIGINT  NOT NULL,
  PRIMARY KEY (region_code, location_code, kiosk_code)
);
