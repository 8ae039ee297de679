-- Nightly jobs (issue 14): once-per-date runs, per-item idempotency, FD auto-renewal.

-- One row per job and business date, inserted (in its own transaction) before the job is started: a second start
-- for the same job and date fails on the primary key, whichever server of a cluster on this database asks.
-- A failed run is restarted (same row, same JBeret job instance), never started again.
CREATE TABLE batch_job_run (
    job_name      VARCHAR(40)  NOT NULL,
    business_date DATE         NOT NULL,
    execution_id  BIGINT,
    started_by    VARCHAR(100) NOT NULL,
    requested_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_batch_job_run PRIMARY KEY (job_name, business_date)
);
CREATE INDEX ix_batch_job_run_execution ON batch_job_run (execution_id);

-- One row per item a job has done for a business date, inserted in the SAME transaction as the item's posting:
-- a restarted or repeated run finds the key taken and changes nothing (the unique key decides, not a read).
CREATE TABLE batch_item_done (
    job_name      VARCHAR(40)  NOT NULL,
    item_key      VARCHAR(60)  NOT NULL,
    business_date DATE         NOT NULL,
    outcome       VARCHAR(200) NOT NULL,
    done_at       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_batch_item_done PRIMARY KEY (job_name, item_key, business_date)
);

-- Auto-renewal, chosen when the FD is opened; a renewed FD points at the one it replaced.
ALTER TABLE fixed_deposit ADD COLUMN auto_renew BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE fixed_deposit ADD COLUMN renewed_from_id BIGINT REFERENCES fixed_deposit (id);
ALTER TABLE fixed_deposit ADD CONSTRAINT uk_fd_renewed_from UNIQUE (renewed_from_id);

-- When the timers start the daily jobs (minute of the day, Asia/Kolkata; read at server start).
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('batch.fd-maturity.minute-of-day', '30', 'Nightly FD maturity job: minute of the day it starts, Asia/Kolkata (30 = 00:30; applied at the next server start)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('batch.emi-overdue.minute-of-day', '45', 'Nightly EMI overdue job: minute of the day it starts, Asia/Kolkata (45 = 00:45; applied at the next server start)');
