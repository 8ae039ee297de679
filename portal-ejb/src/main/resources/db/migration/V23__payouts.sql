-- Payouts (issue 13 "Payouts", used by issue 14's nightly jobs): money paid from the bank to a customer's own account
-- at another bank through the payout gateway (RazorpayX, or the labelled simulated one). Portable SQL (H2, PostgreSQL).
-- GL flow (DESIGN.md): the source (2100 + 5100 for an FD, 1300 for a loan) -> 2200 payout clearing ("in transit") when
-- the payout is made; 2200 -> 1100 bank when the gateway reports it processed; 2200 -> the customer's own account when
-- it is reversed or fails. The 2200 account exists since V2.

-- The customer's account at another bank, added and removed by a clerk. The full number is kept (the gateway needs it)
-- and shown masked (XXXX1234) to customers. At most one ACTIVE per customer: active_customer_id is the customer's id
-- while ACTIVE and NULL once REMOVED, and it is unique (NULLs never collide, on H2 and PostgreSQL alike).
CREATE SEQUENCE linked_bank_account_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE linked_bank_account (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    customer_id        BIGINT        NOT NULL,
    holder_name        VARCHAR(100)  NOT NULL,
    ifsc               VARCHAR(11)   NOT NULL,
    account_number     VARCHAR(18)   NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    active_customer_id BIGINT,
    gateway_contact_id VARCHAR(64),
    gateway_fund_account_id VARCHAR(64),
    added_by           VARCHAR(100)  NOT NULL,
    added_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    removed_by         VARCHAR(100),
    removed_at         TIMESTAMP(6) WITH TIME ZONE,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_linked_bank_account_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT uq_linked_bank_account_active UNIQUE (active_customer_id),
    CONSTRAINT ck_linked_bank_account_status CHECK (status IN ('ACTIVE', 'REMOVED')),
    CONSTRAINT ck_linked_bank_account_active CHECK ((status = 'ACTIVE' AND active_customer_id = customer_id)
                                                    OR (status = 'REMOVED' AND active_customer_id IS NULL)),
    CONSTRAINT ck_linked_bank_account_number CHECK (LENGTH(account_number) BETWEEN 9 AND 18),
    CONSTRAINT ck_linked_bank_account_ifsc CHECK (LENGTH(ifsc) = 11)
);
CREATE INDEX ix_linked_bank_account_customer ON linked_bank_account (customer_id, id);

-- One payout per idempotency key (a second call with the same key returns the first payout) and per source (an FD's
-- maturity or a loan's disbursement is paid out once). Status moves QUEUED -> PROCESSING -> PROCESSED | REVERSED | FAILED
-- by conditional UPDATEs, so that a duplicate or late webhook posts nothing twice; PROCESSED -> REVERSED is the bank
-- returning money already sent.
CREATE SEQUENCE payout_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payout (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    idempotency_key        VARCHAR(64)   NOT NULL,
    customer_id            BIGINT        NOT NULL,
    linked_bank_account_id BIGINT        NOT NULL,
    purpose                VARCHAR(20)   NOT NULL,
    source_id              BIGINT        NOT NULL,
    -- the customer's own account here that a reversed or failed payout is credited to
    refund_account_id      BIGINT        NOT NULL,
    amount                 NUMERIC(15,2) NOT NULL,
    currency               VARCHAR(3)    NOT NULL,
    mode                   VARCHAR(10)   NOT NULL,
    gateway                VARCHAR(20)   NOT NULL,
    gateway_payout_id      VARCHAR(64),
    status                 VARCHAR(12)   NOT NULL,
    utr                    VARCHAR(64),
    failure_reason         VARCHAR(255),
    last_error             VARCHAR(255),
    transit_entry_id       BIGINT        NOT NULL,
    settle_entry_id        BIGINT,
    return_entry_id        BIGINT,
    created_by             VARCHAR(100)  NOT NULL,
    created_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_payout_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_payout_linked FOREIGN KEY (linked_bank_account_id) REFERENCES linked_bank_account (id),
    CONSTRAINT fk_payout_refund_account FOREIGN KEY (refund_account_id) REFERENCES bank_account (id),
    CONSTRAINT fk_payout_transit_entry FOREIGN KEY (transit_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_payout_settle_entry FOREIGN KEY (settle_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_payout_return_entry FOREIGN KEY (return_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT uq_payout_idempotency UNIQUE (idempotency_key),
    CONSTRAINT uq_payout_source UNIQUE (purpose, source_id),
    CONSTRAINT uq_payout_gateway_payout UNIQUE (gateway_payout_id),
    CONSTRAINT uq_payout_transit_entry UNIQUE (transit_entry_id),
    CONSTRAINT uq_payout_settle_entry UNIQUE (settle_entry_id),
    CONSTRAINT uq_payout_return_entry UNIQUE (return_entry_id),
    CONSTRAINT ck_payout_purpose CHECK (purpose IN ('FD_MATURITY', 'LOAN_DISBURSEMENT')),
    CONSTRAINT ck_payout_status CHECK (status IN ('QUEUED', 'PROCESSING', 'PROCESSED', 'REVERSED', 'FAILED')),
    CONSTRAINT ck_payout_mode CHECK (mode IN ('NEFT', 'IMPS')),
    CONSTRAINT ck_payout_amount CHECK (amount > 0),
    CONSTRAINT ck_payout_currency CHECK (currency = 'INR'),
    CONSTRAINT ck_payout_settled CHECK (status <> 'PROCESSED' OR settle_entry_id IS NOT NULL),
    CONSTRAINT ck_payout_returned CHECK (status NOT IN ('REVERSED', 'FAILED') OR return_entry_id IS NOT NULL)
);
CREATE INDEX ix_payout_customer ON payout (customer_id, id);
CREATE INDEX ix_payout_status ON payout (status, created_at);
