-- Zuil visit ledger, schema 1.
--
-- Anonymous by construction: every TEXT column holds a code whose shape a CHECK enforces, so no
-- column can hold a name, a phone number or a sentence typed by anyone. Codes start with a letter
-- and never contain five digits in a row, which keeps out phone, BSN and card numbers even when
-- someone dresses them up as a code. LedgerSchemaPrivacyTest
-- fails on any text column that is not on its short allow-list, and tries to store free text in
-- each one that is.

PRAGMA application_id = 1517640524;

-- One row per ticket. Rows are deleted after the retention period; their counts live on in
-- bucket.purged_visits.
CREATE TABLE visit (
  id                 INTEGER PRIMARY KEY,
  reference          TEXT    NOT NULL UNIQUE
                     CHECK (length(reference) = 10
                            AND reference NOT GLOB '*[^0-9ABCDEFGHJKMNPQRSTVWXYZ]*'
                            AND reference NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  location_code      TEXT    NOT NULL
                     CHECK (length(location_code) BETWEEN 1 AND 40
                            AND location_code GLOB '[a-z]*' AND location_code NOT GLOB '*[^a-z0-9-]*'
                            AND location_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  kiosk_code         TEXT    NOT NULL
                     CHECK (length(kiosk_code) BETWEEN 1 AND 40
                            AND kiosk_code GLOB '[a-z]*' AND kiosk_code NOT GLOB '*[^a-z0-9-]*'
                            AND kiosk_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  service_date       TEXT    NOT NULL
                     CHECK (service_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  issued_hour        INTEGER NOT NULL CHECK (issued_hour BETWEEN 0 AND 23),
  ticket_seq         INTEGER NOT NULL CHECK (ticket_seq >= 1),
  ticket_number      TEXT    NOT NULL
                     CHECK (length(ticket_number) BETWEEN 5 AND 8
                            AND ticket_number GLOB '[A-Z]-[0-9][0-9][0-9]*'
                            AND substr(ticket_number, 3) NOT GLOB '*[^0-9]*'),
  question_code      TEXT    NOT NULL
                     CHECK (length(question_code) <= 32 AND question_code GLOB '[a-z]*'
                            AND question_code NOT GLOB '*[^a-z0-9_]*'
                            AND question_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  situation_code     TEXT    NOT NULL
                     CHECK (situation_code = '-'
                            OR (length(situation_code) <= 32 AND situation_code GLOB '[a-z]*'
                                AND situation_code NOT GLOB '*[^a-z0-9_]*'
                            AND situation_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  language_code      TEXT    NOT NULL
                     CHECK (language_code GLOB '[a-z][a-z]' OR language_code GLOB '[a-z][a-z][a-z]'),
  state              TEXT    NOT NULL CHECK (state IN ('waiting', 'called', 'done')),
  issued_at_ms       INTEGER NOT NULL,
  called_at_ms       INTEGER,
  finished_at_ms     INTEGER,
  desk_code          TEXT
                     CHECK (desk_code IS NULL
                            OR (length(desk_code) BETWEEN 1 AND 40
                                AND desk_code GLOB '[a-z]*' AND desk_code NOT GLOB '*[^a-z0-9-]*'
                            AND desk_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  outcome_code       TEXT    NOT NULL DEFAULT '-'
                     CHECK (outcome_code = '-'
                            OR (length(outcome_code) <= 32 AND outcome_code GLOB '[a-z]*'
                                AND outcome_code NOT GLOB '*[^a-z0-9_]*'
                            AND outcome_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  partner_code       TEXT    NOT NULL DEFAULT '-'
                     CHECK (partner_code = '-'
                            OR (length(partner_code) <= 32 AND partner_code GLOB '[a-z]*'
                                AND partner_code NOT GLOB '*[^a-z0-9_]*'
                            AND partner_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  referral_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (referral_confirmed IN (0, 1)),
  CHECK (state <> 'waiting' OR (called_at_ms IS NULL AND desk_code IS NULL)),
  CHECK ((state = 'done') = (outcome_code <> '-')),
  CHECK (referral_confirmed = 0 OR partner_code <> '-'),
  UNIQUE (kiosk_code, service_date, ticket_seq)
);

CREATE INDEX visit_open ON visit (state, issued_at_ms) WHERE state <> 'done';
CREATE INDEX visit_slot ON visit (service_date, location_code, issued_hour);
CREATE INDEX visit_number ON visit (ticket_number, service_date);

-- An hour of one location's visits. A transition marks its slot dirty in the same transaction;
-- BucketAggregator recomputes dirty slots, so aggregation never misses a change.
CREATE TABLE slot (
  location_code TEXT    NOT NULL
                CHECK (length(location_code) BETWEEN 1 AND 40
                       AND location_code GLOB '[a-z]*' AND location_code NOT GLOB '*[^a-z0-9-]*'
                            AND location_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  service_date  TEXT    NOT NULL
                CHECK (service_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  hour          INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  dirty         INTEGER NOT NULL CHECK (dirty IN (0, 1)),
  PRIMARY KEY (location_code, service_date, hour)
) WITHOUT ROWID;

CREATE INDEX slot_dirty ON slot (service_date) WHERE dirty = 1;

-- Counts per (date, hour, location, question, situation, outcome, partner): all that ever leaves
-- the kiosk. revision is unique and grows with every change, so a sync sends what changed since
-- its last acknowledged revision. purged_* hold the part of the counts whose visits retention has
-- already deleted.
CREATE TABLE bucket (
  id                INTEGER PRIMARY KEY,
  location_code     TEXT    NOT NULL
                    CHECK (length(location_code) BETWEEN 1 AND 40
                           AND location_code GLOB '[a-z]*' AND location_code NOT GLOB '*[^a-z0-9-]*'
                            AND location_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  service_date      TEXT    NOT NULL
                    CHECK (service_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  hour              INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  question_code     TEXT    NOT NULL
                    CHECK (length(question_code) <= 32 AND question_code GLOB '[a-z]*'
                           AND question_code NOT GLOB '*[^a-z0-9_]*'
                            AND question_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  situation_code    TEXT    NOT NULL
                    CHECK (situation_code = '-'
                           OR (length(situation_code) <= 32 AND situation_code GLOB '[a-z]*'
                               AND situation_code NOT GLOB '*[^a-z0-9_]*'
                            AND situation_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  outcome_code      TEXT    NOT NULL
                    CHECK (outcome_code = '-'
                           OR (length(outcome_code) <= 32 AND outcome_code GLOB '[a-z]*'
                               AND outcome_code NOT GLOB '*[^a-z0-9_]*'
                            AND outcome_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  partner_code      TEXT    NOT NULL
                    CHECK (partner_code = '-'
                           OR (length(partner_code) <= 32 AND partner_code GLOB '[a-z]*'
                               AND partner_code NOT GLOB '*[^a-z0-9_]*'
                            AND partner_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  visits            INTEGER NOT NULL CHECK (visits >= 0),
  confirmed         INTEGER NOT NULL CHECK (confirmed BETWEEN 0 AND visits),
  purged_visits     INTEGER NOT NULL DEFAULT 0 CHECK (purged_visits BETWEEN 0 AND visits),
  purged_confirmed  INTEGER NOT NULL DEFAULT 0 CHECK (purged_confirmed BETWEEN 0 AND confirmed),
  revision          INTEGER NOT NULL UNIQUE,
  UNIQUE (location_code, service_date, hour, question_code, situation_code, outcome_code,
          partner_code)
);

CREATE INDEX bucket_slot ON bucket (service_date, location_code, hour);

-- Waiting and service times of a bucket's visits in fixed bins (DurationBins), so medians and
-- p90 can be estimated regionally without a single visit's times leaving the kiosk.
CREATE TABLE bucket_duration (
  bucket_id     INTEGER NOT NULL REFERENCES bucket (id) ON DELETE CASCADE,
  measure       TEXT    NOT NULL CHECK (measure IN ('wait', 'service')),
  bin           INTEGER NOT NULL CHECK (bin BETWEEN 0 AND 31),
  visits        INTEGER NOT NULL CHECK (visits >= 0),
  purged_visits INTEGER NOT NULL DEFAULT 0 CHECK (purged_visits BETWEEN 0 AND visits),
  PRIMARY KEY (bucket_id, measure, bin)
) WITHOUT ROWID;

CREATE TABLE ledger_meta (
  name  TEXT    PRIMARY KEY CHECK (name IN ('revision', 'ledger_id')),
  value INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO ledger_meta (name, value) VALUES ('revision', 0);

-- Tells this ledger apart from any other a kiosk ever had (a replaced PC starts a new one), so the
-- region adds their counts instead of taking the new ledger's low revisions for old news.
INSERT INTO ledger_meta (name, value)
  VALUES ('ledger_id', 1 + abs(random() % 9223372036854775806));
