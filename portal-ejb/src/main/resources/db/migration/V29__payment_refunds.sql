-- Refunds of online payments (issue 13): the accountant refunds (part of) a PAID payment; the reversal is posted in the
-- ledger (Dr the payable's side, Cr 1200 gateway clearing) in the same transaction as this row, then the gateway is
-- asked. Portable SQL (H2 and PostgreSQL). No new GL account: the reversal uses 20x0 / 2100 and 1200.
-- status: PENDING (reversal posted, the gateway not asked yet or it did not answer: the accountant retries),
-- REQUESTED (the gateway accepted it: gateway_refund_id known), PROCESSED (refund.processed), FAILED (refund.failed:
-- the money came back to 1200 and was credited to the customer's account again, return_journal_entry_id).
-- source: BANK (initiated here) or GATEWAY (made on the gateway's dashboard: recorded, nothing posted, flagged).
-- Once, by the database: gateway_refund_id is unique; status moves by conditional UPDATEs whose row count decides.
CREATE SEQUENCE payment_refund_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_refund (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    payment_id              BIGINT        NOT NULL,
    gateway                 VARCHAR(20)   NOT NULL,
    source                  VARCHAR(10)   NOT NULL,
    amount                  NUMERIC(15,2) NOT NULL,
    amount_paise            BIGINT        NOT NULL,
    currency                VARCHAR(3)    NOT NULL,
    reason                  VARCHAR(200)  NOT NULL,
    status                  VARCHAR(12)   NOT NULL,
    gateway_refund_id       VARCHAR(64),
    journal_entry_id        BIGINT,
    return_journal_entry_id BIGINT,
    attempts                INTEGER       DEFAULT 0 NOT NULL,
    last_error              VARCHAR(255),
    flag_reason             VARCHAR(255),
    created_by              VARCHAR(100)  NOT NULL,
    version                 BIGINT        NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    processed_at            TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT fk_payment_refund_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT fk_payment_refund_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_payment_refund_return FOREIGN KEY (return_journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT uq_payment_refund_gateway_id UNIQUE (gateway_refund_id),
    CONSTRAINT uq_payment_refund_entry UNIQUE (journal_entry_id),
    CONSTRAINT uq_payment_refund_return UNIQUE (return_journal_entry_id),
    CONSTRAINT ck_payment_refund_amount CHECK (amount > 0 AND amount_paise > 0 AND amount_paise = amount * 100),
    CONSTRAINT ck_payment_refund_currency CHECK (currency = 'INR'),
    CONSTRAINT ck_payment_refund_source CHECK (source IN ('BANK', 'GATEWAY')),
    CONSTRAINT ck_payment_refund_status CHECK (status IN ('PENDING', 'REQUESTED', 'PROCESSED', 'FAILED')),
    CONSTRAINT ck_payment_refund_requested CHECK (status NOT IN ('REQUESTED') OR gateway_refund_id IS NOT NULL)
);
CREATE INDEX ix_payment_refund_payment ON payment_refund (payment_id, id);
CREATE INDEX ix_payment_refund_status ON payment_refund (status, created_at);
