-- Questions beside visits (decision 1006): a visit can hold more than one question, so a bucket
-- counts its visits' first questions plus the further questions with its key. Buckets stored before
-- this schema came from agents that counted one question per visit: their questions are their
-- visits.
ALTER TABLE bucket ADD COLUMN questions INTEGER NOT NULL DEFAULT 0 CHECK (questions >= 0);
UPDATE bucket SET questions = visits;
