-- Zuil visit ledger, schema 5.
--
-- Contacts a gids records on the console without a ticket (decision 1003): a phone call, an e-mail
-- or chat, a visitor helped at the desk, an employer's visit, a group session. There is no row per
-- contact: recording one adds it to the count of its hour, channel, question type, situation,
-- outcome and partner, so not even the minute of a call is kept. Codes only, checked like the
-- bucket table's; the channel is one of a fixed list. Kiosk visits keep their buckets in `bucket`
-- (their channel is 'kiosk'); the two tables share the ledger-wide revision, so a sync reads both
-- in one order. people counts heads: 1 a contact, the head count for a group session.

CREATE TABLE contact_bucket (
  location_code     TEXT    NOT NULL
                    CHECK (length(location_code) BETWEEN 1 AND 40
                           AND location_code GLOB '[a-z]*' AND location_code NOT GLOB '*[^a-z0-9-]*'
                           AND location_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  service_date      TEXT    NOT NULL
                    CHECK (service_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  hour              INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  channel_code      TEXT    NOT NULL
                    CHECK (channel_code IN ('desk', 'phone', 'online', 'employer', 'group')),
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
                    CHECK (length(outcome_code) <= 32 AND outcome_code GLOB '[a-z]*'
                           AND outcome_code NOT GLOB '*[^a-z0-9_]*'
                           AND outcome_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  partner_code      TEXT    NOT NULL
                    CHECK (partner_code = '-'
                           OR (length(partner_code) <= 32 AND partner_code GLOB '[a-z]*'
                               AND partner_code NOT GLOB '*[^a-z0-9_]*'
                               AND partner_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  contacts          INTEGER NOT NULL CHECK (contacts >= 1),
  people            INTEGER NOT NULL CHECK (people >= contacts),
  revision          INTEGER NOT NULL UNIQUE,
  PRIMARY KEY (location_code, service_date, hour, channel_code, question_code, situation_code,
               outcome_code, partner_code)
) WITHOUT ROWID;

CREATE INDEX contact_bucket_revision ON contact_bucket (revision);
