-- Visits whose outcome a gids corrected the same day (decision 1004), per bucket, counted under the
-- outcome they have now: a count of a fixed kind, never the old outcome, a time or a person.
-- Buckets from agents of earlier releases hold 0: their consoles could not correct an outcome.
ALTER TABLE bucket ADD COLUMN corrections INTEGER NOT NULL DEFAULT 0 CHECK (corrections >= 0);
