-- Floating-rate loans and their rate changes (issue 14: emi-schedule).
-- A loan is fixed-rate unless marked floating when applied for; only a floating loan's rate may be changed.
ALTER TABLE loan ADD COLUMN floating_rate BOOLEAN DEFAULT FALSE NOT NULL;

-- One row per rate change a manager makes on a running floating-rate loan, with the choice made for it: keep the EMI
-- and move the tenure, or keep the tenure and move the EMI. The loan's rate changes at once; the emi-schedule job
-- rebuilds the unpaid part of the schedule and stamps applied_on (pending while it is NULL).
CREATE SEQUENCE loan_rate_change_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE loan_rate_change (
    id            BIGINT        NOT NULL PRIMARY KEY,
    loan_id       BIGINT        NOT NULL REFERENCES loan (id),
    old_rate      NUMERIC(7,4)  NOT NULL,
    new_rate      NUMERIC(7,4)  NOT NULL,
    keep_what     VARCHAR(12)   NOT NULL,
    effective_on  DATE          NOT NULL,
    changed_by    VARCHAR(100)  NOT NULL,
    changed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    applied_on    DATE,
    outcome       VARCHAR(200),
    version       BIGINT        NOT NULL,
    CONSTRAINT ck_rate_change_keep CHECK (keep_what IN ('KEEP_EMI', 'KEEP_TENURE')),
    CONSTRAINT ck_rate_change_rates CHECK (old_rate >= 0 AND new_rate >= 0)
);
CREATE INDEX ix_rate_change_pending ON loan_rate_change (applied_on, loan_id);
CREATE INDEX ix_rate_change_loan ON loan_rate_change (loan_id);

INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('batch.emi-schedule.minute-of-day', '15', 'Nightly EMI schedule job (rate changes, missing schedules): minute of the day it starts, Asia/Kolkata (15 = 00:15; applied at the next server start)');
