-- Core banking schema. Portable SQL: the same script runs on H2 2.x and PostgreSQL 15.
-- Money is NUMERIC(15,2) (INR, paise). Ids come from sequences (allocation 50, Hibernate pooled optimizer);
-- reference data seeded by V2 uses ids below 1000.

CREATE SEQUENCE branch_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE staff_user_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE customer_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE bank_account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE journal_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE journal_line_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE account_transaction_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE loan_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE loan_installment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE loan_repayment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fixed_deposit_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fd_rate_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_log_seq START WITH 1000 INCREMENT BY 50;
-- serials of the numbers people see (customer, account, loan and FD numbers)
CREATE SEQUENCE customer_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE account_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE loan_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE fd_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE branch (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(3)   NOT NULL,
    name        VARCHAR(100) NOT NULL,
    address     VARCHAR(255),
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_branch_code UNIQUE (code)
);

CREATE TABLE staff_user (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(50)  NOT NULL,
    full_name            VARCHAR(120) NOT NULL,
    email                VARCHAR(120),
    password_hash        VARCHAR(100) NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    branch_id            BIGINT       NOT NULL REFERENCES branch (id),
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uk_staff_user_username UNIQUE (username)
);

CREATE TABLE staff_user_role (
    staff_user_id BIGINT      NOT NULL REFERENCES staff_user (id),
    role_name     VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_user_id, role_name),
    CONSTRAINT ck_staff_role CHECK (role_name IN ('superadmin', 'manager', 'clerk', 'cashier', 'accountant'))
);

CREATE TABLE customer (
    id               BIGINT       NOT NULL PRIMARY KEY,
    customer_number  VARCHAR(12)  NOT NULL,
    branch_id        BIGINT       NOT NULL REFERENCES branch (id),
    full_name        VARCHAR(120) NOT NULL,
    date_of_birth    DATE         NOT NULL,
    mobile           VARCHAR(10)  NOT NULL,
    email            VARCHAR(120),
    address          VARCHAR(255) NOT NULL,
    pan_number       VARCHAR(10),
    aadhaar_last4    VARCHAR(4),
    nominee_name     VARCHAR(120),
    nominee_relation VARCHAR(40),
    status           VARCHAR(20)  NOT NULL,
    login_mobile     VARCHAR(10),
    password_hash    VARCHAR(100),
    blocked_reason   VARCHAR(255),
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    approved_at      TIMESTAMP(6) WITH TIME ZONE,
    approved_by      VARCHAR(100),
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_customer_number UNIQUE (customer_number),
    CONSTRAINT uk_customer_login_mobile UNIQUE (login_mobile),
    CONSTRAINT ck_customer_status CHECK (status IN ('PENDING', 'APPROVED', 'ACTIVE', 'BLOCKED'))
);
CREATE INDEX ix_customer_mobile ON customer (mobile);
CREATE INDEX ix_customer_name ON customer (full_name);

CREATE TABLE bank_account (
    id             BIGINT        NOT NULL PRIMARY KEY,
    account_number VARCHAR(20)   NOT NULL,
    customer_id    BIGINT        NOT NULL REFERENCES customer (id),
    branch_id      BIGINT        NOT NULL REFERENCES branch (id),
    account_type   VARCHAR(10)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    balance        NUMERIC(15,2) NOT NULL,
    opened_on      DATE          NOT NULL,
    closed_on      DATE,
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_bank_account_number UNIQUE (account_number),
    CONSTRAINT ck_bank_account_type CHECK (account_type IN ('SAVINGS', 'CURRENT')),
    CONSTRAINT ck_bank_account_status CHECK (status IN ('ACTIVE', 'FROZEN', 'CLOSED')),
    CONSTRAINT ck_bank_account_no_overdraft CHECK (balance >= 0)
);
CREATE INDEX ix_bank_account_customer ON bank_account (customer_id);

-- General ledger ------------------------------------------------------------------------------

CREATE TABLE gl_account (
    code    VARCHAR(4)   NOT NULL PRIMARY KEY,
    name    VARCHAR(80)  NOT NULL,
    gl_type VARCHAR(10)  NOT NULL,
    CONSTRAINT ck_gl_type CHECK (gl_type IN ('ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE'))
);

CREATE TABLE journal_entry (
    id             BIGINT       NOT NULL PRIMARY KEY,
    entry_date     DATE         NOT NULL,
    posted_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    event_type     VARCHAR(40)  NOT NULL,
    narration      VARCHAR(255) NOT NULL,
    reference      VARCHAR(64),
    branch_id      BIGINT       NOT NULL REFERENCES branch (id),
    posted_by      VARCHAR(100) NOT NULL,
    reversal_of_id BIGINT       REFERENCES journal_entry (id),
    CONSTRAINT uk_journal_entry_reversal UNIQUE (reversal_of_id)
);
CREATE INDEX ix_journal_entry_date ON journal_entry (entry_date);

CREATE TABLE journal_line (
    id               BIGINT        NOT NULL PRIMARY KEY,
    journal_entry_id BIGINT        NOT NULL REFERENCES journal_entry (id),
    gl_code          VARCHAR(4)    NOT NULL REFERENCES gl_account (code),
    branch_id        BIGINT        NOT NULL REFERENCES branch (id),
    debit            NUMERIC(15,2) NOT NULL,
    credit           NUMERIC(15,2) NOT NULL,
    CONSTRAINT ck_journal_line_one_side CHECK (debit >= 0 AND credit >= 0 AND (debit = 0 OR credit = 0) AND debit + credit > 0)
);
CREATE INDEX ix_journal_line_entry ON journal_line (journal_entry_id);
CREATE INDEX ix_journal_line_gl ON journal_line (gl_code, branch_id);

-- Customer account subledger: one row per posting, never updated or deleted.
CREATE TABLE account_transaction (
    id               BIGINT        NOT NULL PRIMARY KEY,
    account_id       BIGINT        NOT NULL REFERENCES bank_account (id),
    journal_entry_id BIGINT        NOT NULL REFERENCES journal_entry (id),
    txn_date         DATE          NOT NULL,
    posted_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    txn_type         VARCHAR(30)   NOT NULL,
    direction        VARCHAR(6)    NOT NULL,
    amount           NUMERIC(15,2) NOT NULL,
    balance_after    NUMERIC(15,2) NOT NULL,
    narration        VARCHAR(255)  NOT NULL,
    reference        VARCHAR(64),
    CONSTRAINT ck_account_txn_amount CHECK (amount > 0),
    CONSTRAINT ck_account_txn_direction CHECK (direction IN ('CREDIT', 'DEBIT'))
);
CREATE INDEX ix_account_txn_account ON account_transaction (account_id, txn_date, id);
CREATE INDEX ix_account_txn_entry ON account_transaction (journal_entry_id);

-- Loans -----------------------------------------------------------------------------------------

CREATE TABLE loan (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    loan_number           VARCHAR(20)   NOT NULL,
    customer_id           BIGINT        NOT NULL REFERENCES customer (id),
    branch_id             BIGINT        NOT NULL REFERENCES branch (id),
    account_id            BIGINT        NOT NULL REFERENCES bank_account (id),
    principal             NUMERIC(15,2) NOT NULL,
    annual_rate           NUMERIC(7,4)  NOT NULL,
    tenure_months         INTEGER       NOT NULL,
    purpose               VARCHAR(255)  NOT NULL,
    status                VARCHAR(12)   NOT NULL,
    applied_on            DATE          NOT NULL,
    applied_by            VARCHAR(100)  NOT NULL,
    decided_on            DATE,
    decided_by            VARCHAR(100),
    rejection_reason      VARCHAR(255),
    disbursed_on          DATE,
    closed_on             DATE,
    emi_amount            NUMERIC(15,2),
    outstanding_principal NUMERIC(15,2) NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT uk_loan_number UNIQUE (loan_number),
    CONSTRAINT ck_loan_status CHECK (status IN ('APPLIED', 'APPROVED', 'REJECTED', 'DISBURSED', 'CLOSED')),
    CONSTRAINT ck_loan_principal CHECK (principal > 0 AND outstanding_principal >= 0),
    CONSTRAINT ck_loan_tenure CHECK (tenure_months BETWEEN 1 AND 360)
);
CREATE INDEX ix_loan_customer ON loan (customer_id);
CREATE INDEX ix_loan_status ON loan (status);

CREATE TABLE loan_installment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    loan_id        BIGINT        NOT NULL REFERENCES loan (id),
    seq_no         INTEGER       NOT NULL,
    due_date       DATE          NOT NULL,
    principal_due  NUMERIC(15,2) NOT NULL,
    interest_due   NUMERIC(15,2) NOT NULL,
    penalty_due    NUMERIC(15,2) NOT NULL,
    principal_paid NUMERIC(15,2) NOT NULL,
    interest_paid  NUMERIC(15,2) NOT NULL,
    penalty_paid   NUMERIC(15,2) NOT NULL,
    status         VARCHAR(15)   NOT NULL,
    paid_on        DATE,
    penalty_accrued_to DATE,
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_loan_installment_seq UNIQUE (loan_id, seq_no),
    CONSTRAINT ck_installment_status CHECK (status IN ('PENDING', 'PARTIALLY_PAID', 'OVERDUE', 'PAID', 'WAIVED')),
    CONSTRAINT ck_installment_paid CHECK (principal_paid <= principal_due AND interest_paid <= interest_due
                                          AND penalty_paid <= penalty_due AND principal_paid >= 0
                                          AND interest_paid >= 0 AND penalty_paid >= 0)
);
CREATE INDEX ix_installment_due ON loan_installment (due_date, status);

CREATE TABLE loan_repayment (
    id               BIGINT        NOT NULL PRIMARY KEY,
    loan_id          BIGINT        NOT NULL REFERENCES loan (id),
    journal_entry_id BIGINT        NOT NULL REFERENCES journal_entry (id),
    paid_on          DATE          NOT NULL,
    posted_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    amount           NUMERIC(15,2) NOT NULL,
    principal_part   NUMERIC(15,2) NOT NULL,
    interest_part    NUMERIC(15,2) NOT NULL,
    penalty_part     NUMERIC(15,2) NOT NULL,
    channel          VARCHAR(10)   NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    reference        VARCHAR(64),
    CONSTRAINT ck_repayment_sum CHECK (amount = principal_part + interest_part + penalty_part AND amount > 0)
);
CREATE INDEX ix_repayment_loan ON loan_repayment (loan_id);

-- Fixed deposits ----------------------------------------------------------------------------------

CREATE TABLE fd_rate (
    id          BIGINT       NOT NULL PRIMARY KEY,
    min_days    INTEGER      NOT NULL,
    max_days    INTEGER      NOT NULL,
    annual_rate NUMERIC(7,4) NOT NULL,
    CONSTRAINT ck_fd_rate_range CHECK (min_days >= 1 AND max_days >= min_days AND annual_rate >= 0)
);

CREATE TABLE fixed_deposit (
    id                BIGINT        NOT NULL PRIMARY KEY,
    fd_number         VARCHAR(20)   NOT NULL,
    customer_id       BIGINT        NOT NULL REFERENCES customer (id),
    branch_id         BIGINT        NOT NULL REFERENCES branch (id),
    linked_account_id BIGINT        NOT NULL REFERENCES bank_account (id),
    principal         NUMERIC(15,2) NOT NULL,
    annual_rate       NUMERIC(7,4)  NOT NULL,
    tenure_months     INTEGER       NOT NULL,
    opened_on         DATE          NOT NULL,
    maturity_date     DATE          NOT NULL,
    maturity_amount   NUMERIC(15,2) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    closed_on         DATE,
    interest_paid     NUMERIC(15,2),
    amount_paid       NUMERIC(15,2),
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_fd_number UNIQUE (fd_number),
    CONSTRAINT ck_fd_status CHECK (status IN ('ACTIVE', 'MATURED', 'CLOSED_PREMATURE')),
    CONSTRAINT ck_fd_principal CHECK (principal > 0 AND maturity_amount >= principal)
);
CREATE INDEX ix_fd_customer ON fixed_deposit (customer_id);
CREATE INDEX ix_fd_maturity ON fixed_deposit (status, maturity_date);

-- Settings and audit ------------------------------------------------------------------------------

CREATE TABLE app_setting (
    setting_key   VARCHAR(60)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(255) NOT NULL,
    description   VARCHAR(255)
);

CREATE TABLE audit_log (
    id           BIGINT        NOT NULL PRIMARY KEY,
    at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    actor_type   VARCHAR(10)   NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    VARCHAR(40),
    before_state VARCHAR(4000),
    after_state  VARCHAR(4000)
);
CREATE INDEX ix_audit_at ON audit_log (at);
CREATE INDEX ix_audit_entity ON audit_log (entity_type, entity_id);
