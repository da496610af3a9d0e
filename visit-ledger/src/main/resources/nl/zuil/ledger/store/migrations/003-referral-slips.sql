-- Zuil visit ledger, schema 3.
--
-- How many referral slips (doorverwijsbonnen) the kiosk printed, per ISO week, partner and question
-- type (decision 1053): a count, never a slip. No token, no ticket, no day or time: the slip's
-- token lives only on paper and, once used, as a hash at the region. revision grows with every
-- change, so the sync agent sends what changed since the region's last acknowledgement.
-- WITHOUT ROWID: rows are kept in key order, not in the order slips were printed.

CREATE TABLE referral_slip (
  iso_week       TEXT    NOT NULL
                 CHECK (iso_week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  partner_code   TEXT    NOT NULL
                 CHECK (length(partner_code) <= 32 AND partner_code GLOB '[a-z]*'
                        AND partner_code NOT GLOB '*[^a-z0-9_]*'
                        AND partner_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  question_code  TEXT    NOT NULL
                 CHECK (length(question_code) <= 32 AND question_code GLOB '[a-z]*'
                        AND question_code NOT GLOB '*[^a-z0-9_]*'
                        AND question_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  issued         INTEGER NOT NULL CHECK (issued >= 0),
  revision       INTEGER NOT NULL UNIQUE CHECK (revision >= 1),
  PRIMARY KEY (iso_week, partner_code, question_code)
) WITHOUT ROWID;
