-- Customer notifications (alerts). Each row is queued in the transaction that decides to notify and delivered by
-- the Notifications JMS queue's consumer: on the embedded default into this table only (the dev outbox), or by
-- SMTP. dedupe_key makes queueing idempotent (one alert per posting and account).
CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE notification (
    id          BIGINT        NOT NULL PRIMARY KEY,
    customer_id BIGINT        NOT NULL REFERENCES customer (id),
    channel     VARCHAR(10)   NOT NULL,
    recipient   VARCHAR(120)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    dedupe_key  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP(6) WITH TIME ZONE,
    attempts    INTEGER       NOT NULL,
    last_error  VARCHAR(255),
    version     BIGINT        NOT NULL,
    CONSTRAINT uk_notification_dedupe UNIQUE (dedupe_key),
    CONSTRAINT ck_notification_channel CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT ck_notification_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED'))
);
CREATE INDEX ix_notification_customer ON notification (customer_id, created_at);
CREATE INDEX ix_notification_status ON notification (status);
