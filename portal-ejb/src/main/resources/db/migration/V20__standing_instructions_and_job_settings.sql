-- Nightly jobs, second part (issue 14): standing instructions, and the settings of the new jobs' timers.
-- Portable SQL (H2 and PostgreSQL).

-- A customer's standing instruction: EMI auto-debit of a loan from its linked account on each due date (only what
-- the balance allows; the rest stays due), or a recurring transfer between two of the customer's own accounts.
CREATE SEQUENCE standing_instruction_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE standing_instruction (
    id              BIGINT        NOT NULL PRIMARY KEY,
    customer_id     BIGINT        NOT NULL,
    si_kind         VARCHAR(10)   NOT NULL,
    from_account_id BIGINT        NOT NULL,
    -- EMI: the loan (whose linked account is from_account_id)
    loan_id         BIGINT,
    -- TRANSFER: the other account, the amount, how often and when next
    to_account_id   BIGINT,
    amount          NUMERIC(15,2),
    frequency       VARCHAR(10),
    next_date       DATE,
    anchor_day      INTEGER,
    status          VARCHAR(10)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    stopped_by      VARCHAR(100),
    stopped_at      TIMESTAMP(6) WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_si_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_si_from FOREIGN KEY (from_account_id) REFERENCES bank_account (id),
    CONSTRAINT fk_si_to FOREIGN KEY (to_account_id) REFERENCES bank_account (id),
    CONSTRAINT fk_si_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    CONSTRAINT ck_si_kind CHECK (si_kind IN ('EMI', 'TRANSFER')),
    CONSTRAINT ck_si_status CHECK (status IN ('ACTIVE', 'STOPPED')),
    CONSTRAINT ck_si_frequency CHECK (frequency IS NULL OR frequency IN ('WEEKLY', 'MONTHLY')),
    CONSTRAINT ck_si_shape CHECK ((si_kind = 'EMI' AND loan_id IS NOT NULL AND to_account_id IS NULL)
        OR (si_kind = 'TRANSFER' AND loan_id IS NULL AND to_account_id IS NOT NULL AND amount > 0
            AND frequency IS NOT NULL AND next_date IS NOT NULL))
);
CREATE INDEX ix_si_loan ON standing_instruction (loan_id);
CREATE INDEX ix_si_customer ON standing_instruction (customer_id);

INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('batch.standing-instructions.minute-of-day', '20', 'Nightly standing instructions job: minute of the day it starts, Asia/Kolkata (20 = 00:20; applied at the next server start)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('batch.emi-reminders.minute-of-day', '60', 'Nightly EMI reminders job: minute of the day it starts, Asia/Kolkata (60 = 01:00; applied at the next server start)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('batch.interest-posting.minute-of-day', '90', 'Savings interest posting: minute of the day it starts on the first day of a quarter, for the quarter end just closed, Asia/Kolkata (90 = 01:30; applied at the next server start)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('batch.ledger-integrity.minute-of-day', '150', 'Nightly ledger integrity check: minute of the day it starts, Asia/Kolkata (150 = 02:30; applied at the next server start)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('batch.emi-reminders.days-before', '3', 'EMI reminders: days before the due date the reminder goes out (1-30)');
