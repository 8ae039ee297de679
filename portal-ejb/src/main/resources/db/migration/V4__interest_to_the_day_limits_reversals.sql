-- Core corrections: penal interest kept as an exact basis, foreclosure charges, unique gateway references,
-- the FD rate card's history, amount limits, and reversal requests approved by a second staff user.

-- Penal interest: Σ unpaid principal × rate × days, never rounded; the penalty charged is round(basis / 36500).
ALTER TABLE loan_installment ADD COLUMN penalty_basis NUMERIC(24,6) DEFAULT 0 NOT NULL;
-- penalties charged before this version become the starting basis, so nothing already charged changes
UPDATE loan_installment SET penalty_basis = penalty_due * 36500;
ALTER TABLE loan_installment DROP CONSTRAINT ck_installment_status;
ALTER TABLE loan_installment ADD CONSTRAINT ck_installment_status
    CHECK (status IN ('PENDING', 'PARTIALLY_PAID', 'OVERDUE', 'PAID', 'WAIVED', 'CANCELLED'));
ALTER TABLE loan_installment ADD CONSTRAINT ck_installment_penalty_basis CHECK (penalty_basis >= 0);

-- Foreclosure charge (credited to 4200) and the gateway's payment id of ONLINE repayments, unique.
ALTER TABLE loan_repayment ADD COLUMN fee_part NUMERIC(15,2) DEFAULT 0 NOT NULL;
ALTER TABLE loan_repayment ADD COLUMN gateway_ref VARCHAR(64);
ALTER TABLE loan_repayment ADD CONSTRAINT uk_loan_repayment_gateway_ref UNIQUE (gateway_ref);
ALTER TABLE loan_repayment ADD CONSTRAINT ck_loan_repayment_online_ref CHECK (channel <> 'ONLINE' OR gateway_ref IS NOT NULL);

INSERT INTO gl_account (code, name, gl_type) VALUES ('4200', 'Fees and charges', 'INCOME');

-- The FD rate card keeps its history: a row applies from effective_from until the day before effective_to.
ALTER TABLE fd_rate ADD COLUMN effective_from DATE DEFAULT DATE '2000-01-01' NOT NULL;
ALTER TABLE fd_rate ADD COLUMN effective_to DATE;
ALTER TABLE fd_rate ADD CONSTRAINT ck_fd_rate_effective CHECK (effective_to IS NULL OR effective_to >= effective_from);

INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('loan.foreclosure-charge', '0', 'Foreclosure charge, % of the outstanding principal');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('limit.transaction-max', '10000000.00', 'Largest deposit, withdrawal, transfer or repayment (Rs)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('limit.loan-max', '10000000.00', 'Largest loan principal (Rs)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('limit.fd-max', '10000000.00', 'Largest FD principal (Rs)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('limit.rate-max', '36', 'Highest loan or FD rate, % p.a.');

-- Reversals: asked for by one staff user, carried out by a manager who is not that user.
CREATE SEQUENCE reversal_request_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE reversal_request (
    id                BIGINT       NOT NULL PRIMARY KEY,
    journal_entry_id  BIGINT       NOT NULL REFERENCES journal_entry (id),
    open_key          BIGINT,
    reason            VARCHAR(255) NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    requested_by      VARCHAR(100) NOT NULL,
    requested_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP(6) WITH TIME ZONE,
    decision_note     VARCHAR(255),
    reversal_entry_id BIGINT REFERENCES journal_entry (id),
    version           BIGINT       NOT NULL,
    CONSTRAINT uk_reversal_request_open UNIQUE (open_key),
    CONSTRAINT ck_reversal_request_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
);
CREATE INDEX ix_reversal_request_status ON reversal_request (status);

-- a repayment's parts now include the fee
ALTER TABLE loan_repayment DROP CONSTRAINT ck_repayment_sum;
ALTER TABLE loan_repayment ADD CONSTRAINT ck_repayment_sum
    CHECK (amount = principal_part + interest_part + penalty_part + fee_part AND amount > 0 AND fee_part >= 0);
