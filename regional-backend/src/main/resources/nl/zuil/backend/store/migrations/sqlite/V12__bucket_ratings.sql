-- "Hoe was het?" (decision 0309): per bucket, how many visitors tapped each of the three faces.
-- Buckets from agents that do not send them keep 0: those visitors were never asked.
ALTER TABLE bucket ADD COLUMN rated_good INTEGER NOT NULL DEFAULT 0 CHECK (rated_good >= 0);
ALTER TABLE bucket ADD COLUMN rated_ok INTEGER NOT NULL DEFAULT 0 CHECK (rated_ok >= 0);
ALTER TABLE bucket ADD COLUMN rated_bad INTEGER NOT NULL DEFAULT 0 CHECK (rated_bad >= 0);
