-- Zuil visit ledger, schema 4: "Hoe was het?".
--
-- A visitor may tap one of three faces at the end of a visit. The visit keeps that tap as one of
-- three fixed words ('-' for no tap), never text; the buckets count the taps per face so the
-- region sees them per question and outcome like every other count (decision 0309). The purged_*
-- columns keep the taps of visits retention has already deleted, as for visits.

ALTER TABLE visit ADD COLUMN rating TEXT NOT NULL DEFAULT '-'
  CHECK (rating IN ('-', 'good', 'ok', 'bad'));

ALTER TABLE bucket ADD COLUMN rated_good INTEGER NOT NULL DEFAULT 0 CHECK (rated_good >= 0);
ALTER TABLE bucket ADD COLUMN rated_ok INTEGER NOT NULL DEFAULT 0 CHECK (rated_ok >= 0);
ALTER TABLE bucket ADD COLUMN rated_bad INTEGER NOT NULL DEFAULT 0 CHECK (rated_bad >= 0);
ALTER TABLE bucket ADD COLUMN purged_rated_good INTEGER NOT NULL DEFAULT 0
  CHECK (purged_rated_good >= 0);
ALTER TABLE bucket ADD COLUMN purged_rated_ok INTEGER NOT NULL DEFAULT 0
  CHECK (purged_rated_ok >= 0);
ALTER TABLE bucket ADD COLUMN purged_rated_bad INTEGER NOT NULL DEFAULT 0
  CHECK (purged_rated_bad >= 0);
