-- Online payments (issue 13): a customer pays an EMI, a deposit to an own account or the opening of an FD through the
-- payment gateway. Portable SQL (H2 and PostgreSQL). Amounts are rupees NUMERIC(15,2) here, integer paise at the gateway.
-- Exactly once is decided by the database: a payment is settled by a conditional UPDATE (status INITIATED/FAILED ->
-- PAID) that posts only when it changed one row; gateway ids and webhook event ids are unique.
CREATE SEQUENCE payment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    customer_id        BIGINT        NOT NULL,
    payment_type       VARCHAR(20)   NOT NULL,
    -- what is paid: LOAN (EMI) or ACCOUNT (deposit to it, or the FD's linked account for FD_OPENING)
    payable_type       VARCHAR(20)   NOT NULL,
    payable_id         BIGINT        NOT NULL,
    amount             NUMERIC(15,2) NOT NULL,
    currency           VARCHAR(3)    NOT NULL,
    gateway            VARCHAR(20)   NOT NULL,
    gateway_order_id   VARCHAR(64),
    gateway_payment_id VARCHAR(64),
    status             VARCHAR(12)   NOT NULL,
    -- FD_OPENING only: the tenure asked for, and the FD opened on settlement
    fd_tenure_months   INTEGER,
    fixed_deposit_id   BIGINT,
    journal_entry_id   BIGINT,
    failure_reason     VARCHAR(255),
    -- set when the payment needs the accountant: an amount/currency mismatch, money received that cannot be applied,
    -- a refund, a second capture on a settled order
    flag_reason        VARCHAR(255),
    refunded_amount    NUMERIC(15,2),
    gateway_response   VARCHAR(20000),
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    settled_at         TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT fk_payment_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_payment_fd FOREIGN KEY (fixed_deposit_id) REFERENCES fixed_deposit (id),
    CONSTRAINT fk_payment_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT uq_payment_order UNIQUE (gateway_order_id),
    CONSTRAINT uq_payment_gateway_payment UNIQUE (gateway_payment_id),
    CONSTRAINT uq_payment_entry UNIQUE (journal_entry_id),
    CONSTRAINT ck_payment_type CHECK (payment_type IN ('EMI', 'DEPOSIT', 'FD_OPENING')),
    CONSTRAINT ck_payment_payable CHECK (payable_type IN ('LOAN', 'ACCOUNT')),
    CONSTRAINT ck_payment_status CHECK (status IN ('INITIATED', 'PAID', 'FAILED', 'REFUNDED', 'FLAGGED')),
    CONSTRAINT ck_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_payment_currency CHECK (currency = 'INR'),
    CONSTRAINT ck_payment_paid CHECK (status NOT IN ('PAID', 'REFUNDED') OR (gateway_payment_id IS NOT NULL AND settled_at IS NOT NULL)),
    CONSTRAINT ck_payment_tenure CHECK ((payment_type = 'FD_OPENING') = (fd_tenure_months IS NOT NULL)),
    CONSTRAINT ck_payment_refund CHECK (refunded_amount IS NULL OR refunded_amount > 0)
);
CREATE INDEX ix_payment_customer ON payment (customer_id, id);
CREATE INDEX ix_payment_status ON payment (status, created_at);

-- Gateway webhooks as received, after their signature was checked (a delivery with a bad signature is never stored).
-- The gateway's event id is unique: a redelivery of the same event is stored once and applied once.
CREATE SEQUENCE webhook_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE webhook_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    gateway      VARCHAR(20)   NOT NULL,
    event_id     VARCHAR(100)  NOT NULL,
    event_type   VARCHAR(60)   NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    received_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    processed_at TIMESTAMP(6) WITH TIME ZONE,
    -- APPLIED, ALREADY_SETTLED, FLAGGED, FAILED_MARKED, REFUND_RECORDED, UNKNOWN_ORDER, IGNORED
    outcome      VARCHAR(20),
    payment_id   BIGINT,
    CONSTRAINT uq_webhook_event_id UNIQUE (event_id),
    CONSTRAINT fk_webhook_event_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT ck_webhook_event_done CHECK ((processed_at IS NULL) = (outcome IS NULL))
);
CREATE INDEX ix_webhook_event_pending ON webhook_event (processed_at, received_at);
CREATE INDEX ix_webhook_event_payment ON webhook_event (payment_id);
