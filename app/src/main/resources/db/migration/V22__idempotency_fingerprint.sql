-- The fingerprint (SHA-256 of the report as read) of the request that first used an Idempotency-Key,
-- so that the key reused with another report is refused (422) instead of answered with the first
-- report while the second is lost (issue 15, finding 10; draft-ietf-httpapi-idempotency-key-header
-- section 2.2). Rows from before have none and keep the old answer.
alter table report_case add column idempotency_fingerprint text;
