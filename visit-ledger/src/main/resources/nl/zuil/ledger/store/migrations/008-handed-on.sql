-- Zuil visit ledger, schema 8.
--
-- A gids can hand a visit on to another desk after its first outcome ("Doorgeven", decision 1006):
-- the visitor waits again at their original place in the queue (by issue time) and whoever calls
-- them adds a further question to the same visit. The visit keeps its state and first outcome, so
-- it is counted once; this flag only says it waits again. A flag, nothing more: not which gids,
-- not why.

ALTER TABLE visit ADD COLUMN handed_on INTEGER NOT NULL DEFAULT 0 CHECK (handed_on IN (0, 1));
