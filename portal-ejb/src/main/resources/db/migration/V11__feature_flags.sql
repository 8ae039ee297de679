-- Feature flags (issue 11): a switch per feature, OFF, ON, or ON for a stable share of customers (PERCENT).
-- The share is chosen by customer id (bucket = SHA-256(key:customerId) mod 100 < percent), so raising the percent only
-- adds customers. OFF keeps percent 0 and ON keeps 100, so the number always says what share sees the feature.
-- Portable: H2 2.2 and PostgreSQL 15.
CREATE TABLE feature_flag (
    flag_key    VARCHAR(60)  NOT NULL PRIMARY KEY,
    mode        VARCHAR(10)  NOT NULL,
    percent     INTEGER      NOT NULL,
    description VARCHAR(255),
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT ck_feature_flag_mode CHECK (mode IN ('OFF', 'ON', 'PERCENT')),
    CONSTRAINT ck_feature_flag_percent CHECK ((mode = 'OFF' AND percent = 0) OR (mode = 'ON' AND percent = 100)
        OR (mode = 'PERCENT' AND percent BETWEEN 0 AND 100))
);

INSERT INTO feature_flag (flag_key, mode, percent, description, updated_by, updated_at, version)
VALUES ('portal', 'ON', 100, 'The customer portal (/portal pages and /api/portal): who may use it',
        'migration V11', CURRENT_TIMESTAMP, 0);
