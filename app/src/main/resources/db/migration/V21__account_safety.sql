-- Accounts that can be locked, disabled and re-keyed (OWASP ASVS 4.0.3 V2.2.1, V2.1.6, V3.3; NIST SP 800-63B 5.2.2).

-- Failed sign-ins per subject ('account:<typed name>' or 'address:<client address>'), kept here rather than in
-- memory so that a restart does not hand an attacker a fresh budget.
create table login_throttle (
    subject          text        primary key check (length(subject) between 1 and 200),
    failures         integer     not null check (failures >= 0),
    first_failure_at timestamptz not null,
    locked_until     timestamptz
);

-- Raised whenever the password stops being valid (changed, replaced by a new setup link, account disabled):
-- a session signed in under an older value is ended on its next request.
alter table account add column credentials_version integer not null default 0;

-- A token may belong to a person's account; disabling the account revokes it.
alter table api_token add column account_id bigint references account (id);
create index api_token_account on api_token (account_id) where account_id is not null;
