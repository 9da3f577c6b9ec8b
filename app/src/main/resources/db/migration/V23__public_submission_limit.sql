-- Reports and follow-ups sent through the forms open to anyone, one row each, kept for the rate limit's
-- window (issue 15, finding 14). In the database, not in memory, so a restart gives nobody a fresh budget
-- and every server behind one database counts the same submissions.
create table public_submission (
    origin  text        not null check (length(origin) between 1 and 100),
    sent_at timestamptz not null
);
create index public_submission_origin on public_submission (origin, sent_at);
create index public_submission_sent on public_submission (sent_at);
