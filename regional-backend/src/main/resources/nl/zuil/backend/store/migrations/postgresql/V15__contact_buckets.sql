-- Contacts a gids recorded on a console without a ticket (decision 1003), as counts: per kiosk,
-- ledger, hour, channel (desk, phone, online, employer, group), question type, situation, outcome
-- and partner. The channel is part of the key; kiosk visits keep their rows in bucket, whose
-- channel is always 'kiosk' (decision 0707). A delivery replaces a row only when its revision is
-- higher, as for bucket (decision 0201); both tables share one ledger's revisions.
-- people counts heads: the contacts themselves, or the head counts of group sessions.
CREATE TABLE contact_bucket (
  region_code     TEXT    NOT NULL,
  location_code   TEXT    NOT NULL,
  kiosk_code      TEXT    NOT NULL,
  ledger_id       TEXT    NOT NULL,
  service_date    TEXT    NOT NULL,
  hour            INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  channel_code    TEXT    NOT NULL
                  CHECK (channel_code IN ('desk', 'phone', 'online', 'employer', 'group')),
  question_code   TEXT    NOT NULL,
  situation_code  TEXT    NOT NULL,
  outcome_code    TEXT    NOT NULL,
  partner_code    TEXT    NOT NULL,
  contacts        INTEGER NOT NULL CHECK (contacts >= 0),
  people          INTEGER NOT NULL CHECK (people >= contacts),
  revision        BIGINT  NOT NULL,
  received_at_ms  BIGINT  NOT NULL,
  PRIMARY KEY (region_code, location_code, kiosk_code, ledger_id, service_date, hour,
               channel_code, question_code, situation_code, outcome_code, partner_code),
  FOREIGN KEY (region_code, location_code) REFERENCES location (region_code, code)
);
CREATE INDEX contact_bucket_by_date ON contact_bucket (region_code, service_date);
