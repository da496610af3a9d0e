-- Zuil visit ledger, schema 9.
--
-- A refresh compares what the visits count now with what each bucket holds (decision 0013). The
-- histograms were the costly part of that: two to four bucket_duration rows a bucket, read again
-- for every bucket of every recounted hour. These columns hold the same bins once more, on the
-- bucket row, for the visits still in the ledger (bucket_duration.visits - purged_visits), three
-- bins to a number with 21 bits a bin: numbers and nothing else, written with bucket_duration in
-- the same transaction and never sent anywhere; bucket_duration stays what the sync reads.

ALTER TABLE bucket ADD COLUMN unpurged_wait_0 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bucket ADD COLUMN unpurged_wait_1 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bucket ADD COLUMN unpurged_wait_2 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bucket ADD COLUMN unpurged_wait_3 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bucket ADD COLUMN unpurged_service_0 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bucket ADD COLUMN unpurged_service_1 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bucket ADD COLUMN unpurged_service_2 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bucket ADD COLUMN unpurged_service_3 INTEGER NOT NULL DEFAULT 0;

-- Buckets whose visits retention deleted keep 0: nothing of them is left to recount.
UPDATE bucket SET
  unpurged_wait_0 = (SELECT coalesce(sum((visits - purged_visits) << (21 * (bin % 3))), 0)
    FROM bucket_duration WHERE bucket_id = bucket.id AND measure = 'wait' AND bin / 3 = 0),
  unpurged_wait_1 = (SELECT coalesce(sum((visits - purged_visits) << (21 * (bin % 3))), 0)
    FROM bucket_duration WHERE bucket_id = bucket.id AND measure = 'wait' AND bin / 3 = 1),
  unpurged_wait_2 = (SELECT coalesce(sum((visits - purged_visits) << (21 * (bin % 3))), 0)
    FROM bucket_duration WHERE bucket_id = bucket.id AND measure = 'wait' AND bin / 3 = 2),
  unpurged_wait_3 = (SELECT coalesce(sum((visits - purged_visits) << (21 * (bin % 3))), 0)
    FROM bucket_duration WHERE bucket_id = bucket.id AND measure = 'wait' AND bin / 3 = 3),
  unpurged_service_0 = (SELECT coalesce(sum((visits - purged_visits) << (21 * (bin % 3))), 0)
    FROM bucket_duration WHERE bucket_id = bucket.id AND measure = 'service' AND bin / 3 = 0),
  unpurged_service_1 = (SELECT coalesce(sum((visits - purged_visits) << (21 * (bin % 3))), 0)
    FROM bucket_duration WHERE bucket_id = bucket.id AND measure = 'service' AND bin / 3 = 1),
  unpurged_service_2 = (SELECT coalesce(sum((visits - purged_visits) << (21 * (bin % 3))), 0)
    FROM bucket_duration WHERE bucket_id = bucket.id AND measure = 'service' AND bin / 3 = 2),
  unpurged_service_3 = (SELECT coalesce(sum((visits - purged_visits) << (21 * (bin % 3))), 0)
    FROM bucket_duration WHERE bucket_id = bucket.id AND measure = 'service' AND bin / 3 = 3)
WHERE visits <> purged_visits;
