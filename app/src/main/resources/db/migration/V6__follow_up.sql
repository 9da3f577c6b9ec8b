-- Following a case up until the facts are known. A reviewer asks someone (the reporter, the clinic, the
-- treating hospital) a question by a due date; overdue requests are reminded and shown in the queue.
-- A member of the public who reported gets a reference and a private follow-up code (only its SHA-256 is
-- kept) with which they add information later; what they add is kept apart, never merged silently.
alter table report_case add column follow_up_code_hash text;

create table report_follow_up (
    id            bigint generated always as identity primary key,
    case_id       uuid        not null references report_case (id),
    asked_of      text        not null check (length(asked_of) between 1 and 300),
    question      text        not null check (length(question) between 1 and 4000),
    due_on        date        not null,
    requested_by  text        not null,
    requested_at  timestamptz not null default now(),
    reminded_at   timestamptz,
    answered_at   timestamptz,
    answer        text,
    check ((answered_at is null) = (answer is null))
);

create index report_follow_up_open on report_follow_up (due_on) where answered_at is null;
create index report_follow_up_case on report_follow_up (case_id);

create table report_addition (
    id           bigint generated always as identity primary key,
    case_id      uuid        not null references report_case (id),
    text         text        not null check (length(text) between 1 and 20000),
    received_at  timestamptz not null default now()
);

create index report_addition_case on report_addition (case_id);
