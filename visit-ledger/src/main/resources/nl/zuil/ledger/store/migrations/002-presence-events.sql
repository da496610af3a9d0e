-- Zuil visit ledger, schema 2.
--
-- A gids's override of the roster on the console ("gids aanwezig", "geen gids meer vandaag"),
-- kept as an event of a fixed kind: when and where, never who or why. The kiosk reads the latest
-- event of the day to decide whether visitors get a queue number or the next step.

CREATE TABLE presence_event (
  id            INTEGER PRIMARY KEY,
  location_code TEXT    NOT NULL
                CHECK (length(location_code) BETWEEN 1 AND 40
                       AND location_code GLOB '[a-z]*' AND location_code NOT GLOB '*[^a-z0-9-]*'
                       AND location_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  kiosk_code    TEXT    NOT NULL
                CHECK (length(kiosk_code) BETWEEN 1 AND 40
                       AND kiosk_code GLOB '[a-z]*' AND kiosk_code NOT GLOB '*[^a-z0-9-]*'
                       AND kiosk_code NOT GLOB '*[0-9][0-9][0-9][0-9][0-9]*'),
  service_date  TEXT    NOT NULL
                CHECK (service_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  local_time    TEXT    NOT NULL
                CHECK (local_time GLOB '[0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  at_ms         INTEGER NOT NULL,
  kind          TEXT    NOT NULL
                CHECK (kind IN ('override_present', 'override_absent', 'override_cleared'))
);

CREATE INDEX presence_event_day ON presence_event (location_code, service_date, at_ms);
