-- Zuil visit ledger, schema 7.
--
-- A visit can hold more than one question (decision 1006): after the first outcome the gids adds a
-- further question ("Nog een vraag") with its own question type, optional situation and outcome.
-- The visit row keeps the first question; each further one is a row here, in the order it was
-- recorded. Codes only, shaped as in the visit table: no column can hold free text.

CREATE TABLE visit_question (
  visit_id       INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL CHECK (seq BETWEEN 2 AND 10),
  question_code  TEXT    NOT NULL
                 CHECK (length(question_code) <= 32 AND question_code GLOB '[a-z]*'
                        AND question_code NOT GLOB '*[^a-z0-9_]*'
                        AND question_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  situation_code TEXT    NOT NULL
                 CHECK (situation_code = '-'
                        OR (length(situation_code) <= 32 AND situation_code GLOB '[a-z]*'
                            AND situation_code NOT GLOB '*[^a-z0-9_]*'
                            AND situation_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  outcome_code   TEXT    NOT NULL
                 CHECK (length(outcome_code) <= 32 AND outcome_code GLOB '[a-z]*'
                        AND outcome_code NOT GLOB '*[^a-z0-9_]*'
                        AND outcome_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  partner_code   TEXT    NOT NULL
                 CHECK (partner_code = '-'
                        OR (length(partner_code) <= 32 AND partner_code GLOB '[a-z]*'
                            AND partner_code NOT GLOB '*[^a-z0-9_]*'
                            AND partner_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*')),
  recorded_at_ms INTEGER NOT NULL,
  PRIMARY KEY (visit_id, seq)
) WITHOUT ROWID;

-- Questions counted in a bucket: its visits' first questions plus the further questions of that
-- hour's visits whose own codes make this key (such a bucket may count questions and no visits).
-- Every visit has a question, so a bucket's questions are never fewer than its visits; the buckets
-- counted before this schema had only first questions.
ALTER TABLE bucket ADD COLUMN questions INTEGER NOT NULL DEFAULT 0 CHECK (questions >= 0);
ALTER TABLE bucket ADD COLUMN purged_questions INTEGER NOT NULL DEFAULT 0
  CHECK (purged_questions >= 0);
UPDATE bucket SET questions = visits, purged_questions = purged_visits;
