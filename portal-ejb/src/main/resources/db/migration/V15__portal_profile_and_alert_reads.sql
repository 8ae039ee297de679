-- Customer portal: the alternate phone a customer keeps on their profile, and when they read an alert
-- (the dashboard counts unread alerts; marking read is the customer's own act, never a staff one).
ALTER TABLE customer ADD COLUMN alternate_phone VARCHAR(10);
ALTER TABLE notification ADD COLUMN read_at TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX ix_notification_customer_unread ON notification (customer_id, read_at);
