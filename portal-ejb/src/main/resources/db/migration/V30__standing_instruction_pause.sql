-- A standing instruction can be paused (by its customer or a clerk) and resumed: while PAUSED the nightly job leaves it
-- alone; a resumed transfer goes on from its first date on or after the day of resuming (the dates that passed while it
-- was paused are skipped, not made up). Who paused it last and when; the audit log keeps every pause and resume.
ALTER TABLE standing_instruction DROP CONSTRAINT ck_si_status;
ALTER TABLE standing_instruction ADD CONSTRAINT ck_si_status CHECK (status IN ('ACTIVE', 'PAUSED', 'STOPPED'));
ALTER TABLE standing_instruction ADD COLUMN paused_by VARCHAR(100);
ALTER TABLE standing_instruction ADD COLUMN paused_at TIMESTAMP(6) WITH TIME ZONE;
