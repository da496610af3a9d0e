-- A kiosk's last start as its agent reports it (decision 0808): the kiosk package version it
-- started, whether its screen came up (after an update: the update's result), and the catalogue
-- version its screens show since when. NULL from agents of earlier releases.
ALTER TABLE kiosk_health ADD COLUMN kiosk_version TEXT;
ALTER TABLE kiosk_health ADD COLUMN start_state TEXT;
ALTER TABLE kiosk_health ADD COLUMN started_at_ms BIGINT;
ALTER TABLE kiosk_health ADD COLUMN start_state_at_ms BIGINT;
ALTER TABLE kiosk_health ADD COLUMN catalogue_version INTEGER;
ALTER TABLE kiosk_health ADD COLUMN catalogue_since_ms BIGINT;
