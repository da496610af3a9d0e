-- Buckets a kiosk's agent has set aside because the region refused them on their own (0205): they
-- wait for an hourly retry and are missing from the figures until then, so IT beheer must see them.
ALTER TABLE kiosk_health ADD COLUMN set_aside_buckets BIGINT NOT NULL DEFAULT 0;
