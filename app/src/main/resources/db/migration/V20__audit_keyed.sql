-- Issue 15 (3): a plain SHA-256 chain can be recomputed by whoever can write the table, so from
-- here on each event is hashed with HMAC-SHA-256 under a key kept outside the database (OWASP ASVS
-- 4.0.3 V7.3.3). Events written before this release keep their plain hashes and are still
-- verified as such; `verify` knows where the keyed chain begins from the anchor file, not from this
-- column, so rewriting keyed events as plain ones is found as well.
alter table audit_event
    add column hash_algorithm text not null default 'sha-256'
        check (hash_algorithm in ('sha-256', 'hmac-sha-256'));
