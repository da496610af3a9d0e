-- Zuil regional backend, schema 1: regions, locations, devices, and the buckets they send.
--
-- Only aggregates live here: a bucket counts the visits of one kiosk in one hour for one question,
-- situation, outcome and partner. No column can hold a visit, a person or free text from a kiosk;
-- the names below (region, location, municipality) are typed by regional staff.
-- The SQLite and PostgreSQL files differ only in types; every query runs unchanged on both.

CREATE TABLE region (
  code           TEXT    NOT NULL PRIMARY KEY,
  name           TEXT    NOT NULL,
  created_at_ms  BIGINT  NOT NULL
);

-- Every catalogue version a region ever published: a kiosk may still send buckets counted under an
-- older version, and those codes must stay acceptable.
CREATE TABLE region_catalogue (
  region_code      TEXT    NOT NULL REFERENCES region (code),
  version          INTEGER NOT NULL,
  catalogue_json   TEXT    NOT NULL,
  published_at_ms  BIGINT  NOT NULL,
  PRIMARY KEY (region_code, version)
);

-- An inlooppunt. The municipality is what regional statistics group by.
CREATE TABLE location (
  region_code   TEXT NOT NULL REFERENCES region (code),
  code          TEXT NOT NULL,
  name          TEXT NOT NULL,
  municipality  TEXT NOT NULL,
  PRIMARY KEY (region_code, code)
);

-- An enrolled kiosk. The credential is stored as a salted SHA-256 of a 256-bit random secret
-- (decision 0202); the secret itself exists only on the kiosk.
CREATE TABLE device (
  id               TEXT    NOT NULL PRIMARY KEY,
  region_code      TEXT    NOT NULL,
  location_code    TEXT    NOT NULL,
  kiosk_code       TEXT    NOT NULL,
  credential_salt  TEXT    NOT NULL,
  credential_hash  TEXT    NOT NULL,
  enrolled_at_ms   BIGINT  NOT NULL,
  revoked_at_ms    BIGINT,
  FOREIGN KEY (region_code, location_code) REFERENCES location (region_code, code)
);
CREATE INDEX device_by_kiosk ON device (region_code, location_code, kiosk_code);

-- One-time codes an installer types into a new kiosk. Stored hashed; used at most once.
CREATE TABLE enrolment_code (
  code_hash      TEXT    NOT NULL PRIMARY KEY,
  region_code    TEXT    NOT NULL,
  location_code  TEXT    NOT NULL,
  kiosk_code     TEXT    NOT NULL,
  created_at_ms  BIGINT  NOT NULL,
  expires_at_ms  BIGINT  NOT NULL,
  used_at_ms     BIGINT,
  device_id      TEXT,
  FOREIGN KEY (region_code, location_code) REFERENCES location (region_code, code)
);

-- The latest counts a kiosk reported for one bucket key. A delivery replaces the row only when its
-- revision is higher, so duplicates and reordered deliveries change nothing (decision 0201).
-- Revisions count within one ledger; a kiosk that starts a new ledger (a replaced PC) adds rows
-- under its new ledger_id, and the region's figures sum over them (decision 0205).
CREATE TABLE bucket (
  region_code          TEXT    NOT NULL,
  location_code        TEXT    NOT NULL,
  kiosk_code           TEXT    NOT NULL,
  ledger_id            TEXT    NOT NULL,
  service_date         TEXT    NOT NULL,
  hour                 INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  question_code        TEXT    NOT NULL,
  situation_code       TEXT    NOT NULL,
  outcome_code         TEXT    NOT NULL,
  partner_code         TEXT    NOT NULL,
  visits               INTEGER NOT NULL CHECK (visits >= 0),
  confirmed_referrals  INTEGER NOT NULL CHECK (confirmed_referrals >= 0),
  wait_0  INTEGER NOT NULL DEFAULT 0 CHECK (wait_0 >= 0),
  wait_1  INTEGER NOT NULL DEFAULT 0 CHECK (wait_1 >= 0),
  wait_2  INTEGER NOT NULL DEFAULT 0 CHECK (wait_2 >= 0),
  wait_3  INTEGER NOT NULL DEFAULT 0 CHECK (wait_3 >= 0),
  wait_4  INTEGER NOT NULL DEFAULT 0 CHECK (wait_4 >= 0),
  wait_5  INTEGER NOT NULL DEFAULT 0 CHECK (wait_5 >= 0),
  wait_6  INTEGER NOT NULL DEFAULT 0 CHECK (wait_6 >= 0),
  wait_7  INTEGER NOT NULL DEFAULT 0 CHECK (wait_7 >= 0),
  wait_8  INTEGER NOT NULL DEFAULT 0 CHECK (wait_8 >= 0),
  wait_9  INTEGER NOT NULL DEFAULT 0 CHECK (wait_9 >= 0),
  wait_10 INTEGER NOT NULL DEFAULT 0 CHECK (wait_10 >= 0),
  service_0  INTEGER NOT NULL DEFAULT 0 CHECK (service_0 >= 0),
  service_1  INTEGER NOT NULL DEFAULT 0 CHECK (service_1 >= 0),
  service_2  INTEGER NOT NULL DEFAULT 0 CHECK (service_2 >= 0),
  service_3  INTEGER NOT NULL DEFAULT 0 CHECK (service_3 >= 0),
  service_4  INTEGER NOT NULL DEFAULT 0 CHECK (service_4 >= 0),
  service_5  INTEGER NOT NULL DEFAULT 0 CHECK (service_5 >= 0),
  service_6  INTEGER NOT NULL DEFAULT 0 CHECK (service_6 >= 0),
  service_7  INTEGER NOT NULL DEFAULT 0 CHECK (service_7 >= 0),
  service_8  INTEGER NOT NULL DEFAULT 0 CHECK (service_8 >= 0),
  service_9  INTEGER NOT NULL DEFAULT 0 CHECK (service_9 >= 0),
  service_10 INTEGER NOT NULL DEFAULT 0 CHECK (service_10 >= 0),
  revision             BIGINT  NOT NULL,
  received_at_ms       BIGINT  NOT NULL,
  PRIMARY KEY (region_code, location_code, kiosk_code, ledger_id, service_date, hour,
               question_code, situation_code, outcome_code, partner_code),
  FOREIGN KEY (region_code, location_code) REFERENCES location (region_code, code)
);
CREATE INDEX bucket_by_date ON bucket (region_code, service_date);

-- The last health report of each kiosk, for regional IT.
CREATE TABLE kiosk_health (
  region_code             TEXT    NOT NULL,
  location_code           TEXT    NOT NULL,
  kiosk_code              TEXT    NOT NULL,
  device_id               TEXT    NOT NULL,
  app_version             TEXT    NOT NULL,
  reported_at_ms          BIGINT  NOT NULL,
  received_at_ms          BIGINT  NOT NULL,
  clock_offset_ms         BIGINT  NOT NULL,
  printer_known           BOOLEAN NOT NULL,
  printer_online          BOOLEAN NOT NULL,
  printer_cover_open      BOOLEAN NOT NULL,
  printer_paper_out       BOOLEAN NOT NULL,
  printer_paper_near_end  BOOLEAN NOT NULL,
  printer_cutter_error    BOOLEAN NOT NULL,
  printer_checked_at_ms   BIGINT,
  ledger_bytes            BIGINT  NOT NULL,
  stored_visits           BIGINT  NOT NULL,
  last_visit_at_ms        BIGINT,
  ledger_revision         BIGINT  NOT NULL,
  acknowledged_revision   BIGINT  NOT NULL,
  PRIMARY KEY (region_code, location_code, kiosk_code)
);
