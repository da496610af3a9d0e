-- Zuil visit ledger: corrected outcomes (decision 1004) and waiting tickets sent to the next step
-- (decision 1005).
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

-- A ticket that was waiting when the gids ended presence for the day and chose to give everyone
-- waiting the next step (decision 1005): it is finished with the self-service outcome, and this
-- flag lets the waiting-room display list its number as "will not be called today".
ALTER TABLE visit ADD COLUMN next_step_sent INTEGER NOT NULL DEFAULT 0
  CHECK (next_step_sent IN (0, 1));
