-- 0033: Idempotency-Keys keep the answer (issue 17). A use case that records its key in its own
-- transaction keeps the record it made (0032); every other request that creates something keeps
-- the answer it was given, to be given again: its status, body and Location. While a request is
-- being answered its key holds neither.
ALTER TABLE idempotency_keys ADD COLUMN answer_status INTEGER;
ALTER TABLE idempotency_keys ADD COLUMN answer_body TEXT;
ALTER TABLE idempotency_keys ADD COLUMN answer_location TEXT;
