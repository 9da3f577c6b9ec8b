-- Adverse-event reports (individual case safety reports, ICH E2B(R3)). One row per case; each
-- version is kept whole and never changed. Personal identifiers (patient initials, reporter name and
-- organisation, contact details) live in their own table, readable only by roles that need them.
create sequence report_reference_seq;

create table report_case (
    id                         uuid        primary key,
    reference                  text        not null unique,
    sender                     text        not null,
    sender_report_id           text        not null,
    idempotency_key            text,
    channel                    text        not null check (channel in ('api', 'public_form', 'professional_form')),
    received_at                timestamptz not null default now(),
    current_version            int         not null,
    valid                      boolean     not null,
    serious                    boolean     not null,
    fatal_or_life_threatening  boolean     not null,
    country                    char(2),
    earliest_due_on            date,
    verification               text        not null default 'unverified'
        check (verification in ('unverified', 'source_contacted', 'confirmed', 'refuted', 'unverifiable')),
    nullified                  boolean     not null default false,
    unique (sender, sender_report_id)
);

create unique index report_case_idempotency on report_case (sender, idempotency_key) where idempotency_key is not null;
create index report_case_queue on report_case (earliest_due_on) where not nullified;

create table report_version (
    case_id      uuid        not null references report_case (id),
    version      int         not null check (version >= 1),
    clinical     jsonb       not null,
    assessment   jsonb       not null,
    recorded_at  timestamptz not null default now(),
    primary key (case_id, version)
);

create table report_personal_data (
    case_id  uuid  not null,
    version  int   not null,
    data     jsonb not null,
    primary key (case_id, version),
    foreign key (case_id, version) references report_version (case_id, version)
);

create table report_deadline (
    case_id  uuid not null references report_case (id),
    version  int  not null,
    regime   text not null,
    duty     text not null,
    due_on   date,
    kind     text not null,
    basis    text not null
);

create index report_deadline_case on report_deadline (case_id);
