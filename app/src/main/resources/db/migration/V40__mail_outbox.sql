-- E-mail (issue 20). Every letter is written here in the transaction of what caused it (an invitation, a
-- follow-up question, a report's receipt), so an acknowledged action's letter is never lost; a scheduled
-- sender then delivers it over the SMTP server the user configured, retrying with a growing pause. With no
-- server configured the letters wait here, and administrators read them on the outbox page.
create table mail_outbox (
    id               bigint generated always as identity primary key,
    kind             text        not null check (kind ~ '^[a-z][a-z0-9-]*$'),
    about            text        not null check (length(about) between 1 and 300),
    recipient        text        not null check (length(recipient) between 3 and 254),
    language         text        not null check (language in ('en', 'ja')),
    subject          text        not null check (length(subject) between 1 and 998),
    body             text        not null check (length(body) between 1 and 100000),
    state            text        not null default 'queued' check (state in ('queued', 'sent', 'failed')),
    attempts         integer     not null default 0 check (attempts >= 0),
    created_at       timestamptz not null default now(),
    next_attempt_at  timestamptz not null default now(),
    last_attempt_at  timestamptz,
    last_error       text        check (length(last_error) <= 2000),
    sent_at          timestamptz,
    check ((state = 'sent') = (sent_at is not null))
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where state = 'queued';
create index mail_outbox_recent on mail_outbox (created_at desc);

-- Where a person's letters go and in which language: personal data, read only by the application and shown
-- only to administrators.
alter table account add column email text check (length(email) between 3 and 254);
alter table account add column language text not null default 'en' check (language in ('en', 'ja'));

-- The days on which regulators were warned of the reporting deadlines ahead: one warning a day, however often
-- the job runs (at start-up and every morning).
create table deadline_warning_day (
    day        date        primary key,
    warned_at  timestamptz not null default now(),
    letters    integer     not null check (letters >= 0)
);
