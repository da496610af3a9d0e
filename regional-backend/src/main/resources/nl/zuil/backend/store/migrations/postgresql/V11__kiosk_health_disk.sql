-- The disk under a kiosk's visit ledger as its agent reports it (decision 0015): when the kiosk
-- looked, the space left and whether the kiosk calls that low, visits the disk refused since the
-- kiosk started (and the last one's time) and visits the kiosk holds until the disk takes them.
-- Counts and times only. NULL from agents of earlier releases.
ALTER TABLE kiosk_health ADD COLUMN disk_checked_at_ms BIGINT;
ALTER TABLE kiosk_health ADD COLUMN disk_free_bytes BIGINT;
ALTER TABLE kiosk_health ADD COLUMN disk_low_on_space BOOLEAN;
ALTER TABLE kiosk_health ADD COLUMN disk_write_failures BIGINT;
ALTER TABLE kiosk_health ADD COLUMN disk_last_write_failure_at_ms BIGINT;
ALTER TABLE kiosk_health ADD COLUMN disk_held_visits INTEGER;
