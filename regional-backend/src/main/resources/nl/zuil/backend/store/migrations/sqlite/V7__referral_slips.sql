-- Zuil regional backend, schema 7: referral slips a partner confirms (decisions 1053, 1054).
-- Counts and one-way hashes only: no column can hold a visit, a ticket, a time of day or a person.

-- Each region's secret, from which every location's slip key is derived (HMAC-SHA256). The kiosks
-- of a location sign their slips' links with that key; a link signed otherwise counts nothing.
CREATE TABLE referral_secret (
  region_code  TEXT NOT NULL PRIMARY KEY,
  secret       TEXT NOT NULL
);

-- SHA-256 of every slip token a partner has used, so that each counts at most once. forget_on is
-- the end of the slip's validity, the same for every slip of one week: it holds no day. After it
-- the row is deleted and the link is refused by its week anyway. answered: the partner gave the
-- optional second answer.
CREATE TABLE referral_token (
  token_hash  TEXT    NOT NULL PRIMARY KEY,
  forget_on   TEXT    NOT NULL,
  answered    INTEGER NOT NULL CHECK (answered IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX referral_token_by_age ON referral_token (forget_on);

-- Arrivals partners confirmed, per referring location, partner, question type and ISO week.
CREATE TABLE referral_arrival (
  region_code    TEXT    NOT NULL,
  location_code  TEXT    NOT NULL,
  partner_code   TEXT    NOT NULL,
  question_code  TEXT    NOT NULL,
  iso_week       TEXT    NOT NULL,
  arrived        INTEGER NOT NULL CHECK (arrived >= 0),
  helped         INTEGER NOT NULL CHECK (helped >= 0),
  not_for_us     INTEGER NOT NULL CHECK (not_for_us >= 0),
  PRIMARY KEY (region_code, location_code, partner_code, question_code, iso_week)
);

-- Slips the kiosks printed, as their agents report them: per kiosk ledger the highest revision
-- wins, like buckets (decision 0201).
CREATE TABLE referral_issued (
  region_code    TEXT    NOT NULL,
  location_code  TEXT    NOT NULL,
  kiosk_code     TEXT    NOT NULL,
  ledger_id      TEXT    NOT NULL,
  iso_week       TEXT    NOT NULL,
  partner_code   TEXT    NOT NULL,
  question_code  TEXT    NOT NULL,
  issued         INTEGER NOT NULL CHECK (issued >= 0),
  revision       BIGINT  NOT NULL,
  PRIMARY KEY (region_code, location_code, kiosk_code, ledger_id, iso_week, partner_code,
               question_code)
);
