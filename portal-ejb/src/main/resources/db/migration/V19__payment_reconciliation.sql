-- Payment reconciliation (issue 13, phase 2): the reconciler's settings and the gateway's settlements received.
-- Portable SQL (H2 and PostgreSQL).

-- The reconciler asks the gateway about orders left INITIATED this many minutes; with no payment at the gateway after
-- the expiry they are marked FAILED ("expired").
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('payment.reconcile.after-minutes', '15', 'Payment reconciler: ask the gateway about orders still waiting after this many minutes');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('payment.reconcile.expire-minutes', '1440', 'Payment reconciler: an order with no payment at the gateway after this many minutes is marked failed (expired)');

-- A settlement from the gateway into the bank's account, as the accountant records it from the settlement report:
-- one balanced journal entry 1100 (bank) <- 1200 (gateway clearing), written in the same transaction as this row.
-- The gateway's settlement reference is unique: the same settlement cannot be recorded (posted) twice.
CREATE SEQUENCE gateway_settlement_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE gateway_settlement (
    id               BIGINT        NOT NULL PRIMARY KEY,
    gateway          VARCHAR(20)   NOT NULL,
    reference        VARCHAR(64)   NOT NULL,
    amount           NUMERIC(15,2) NOT NULL,
    journal_entry_id BIGINT        NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_gateway_settlement_reference UNIQUE (gateway, reference),
    CONSTRAINT uq_gateway_settlement_entry UNIQUE (journal_entry_id),
    CONSTRAINT fk_gateway_settlement_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT ck_gateway_settlement_amount CHECK (amount > 0)
);
CREATE INDEX ix_gateway_settlement_recorded ON gateway_settlement (recorded_at);
