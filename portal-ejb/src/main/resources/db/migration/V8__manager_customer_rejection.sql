-- A manager may reject a customer after KYC, with a reason (issue 11, manager screens).
ALTER TABLE customer DROP CONSTRAINT ck_customer_status;
ALTER TABLE customer ADD CONSTRAINT ck_customer_status
    CHECK (status IN ('PENDING', 'APPROVED', 'ACTIVE', 'BLOCKED', 'REJECTED'));
ALTER TABLE customer ADD COLUMN rejection_reason VARCHAR(255);
ALTER TABLE customer ADD COLUMN rejected_by VARCHAR(100);
ALTER TABLE customer ADD COLUMN rejected_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE customer ADD CONSTRAINT ck_customer_rejection
    CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL);
