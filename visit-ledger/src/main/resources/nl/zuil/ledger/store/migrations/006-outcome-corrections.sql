-- Zuil visit ledger: corrected outcomes (decision 1004).
--
-- A gids may change an outcome recorded today until the end of the service day. The correction
-- replaces the outcome in place (the buckets' revisions carry it to the region once); these
-- columns only count that it happened: a flag per visit, and per bucket how many of its visits had
-- their outcome corrected. No old outcome, no time, no who: a count of a fixed kind.
-- Appended at the end of their tables so that other schema changes of the same release merge
-- without touching these lines.

ALTER TABLE visit ADD COLUMN outcome_corrected INTEGER NOT NULL DEFAULT 0
  CHECK (outcome_corrected IN (0, 1));

ALTER TABLE bucket ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0
  CHECK (corrected BETWEEN 0 AND visits);

ALTER TABLE bucket ADD COLUMN purged_corrected INTEGER NOT NULL DEFAULT 0
  CHECK (purged_corrected BETWEEN 0 AND corrected);
