-- Certified committees (ASRM Ch. III, Arts 26-34): a plan is reviewed by one certified committee, and the
-- provider reports adverse events to that committee as well as to the ministry (Enforcement Regulation
-- Art 35). A committee's members see the reports under the plans it reviewed and record its opinion on a
-- case. A principal sits on at most one committee; a plan remembers the committee of the member who first
-- decided it (null for plans decided before committees were registered, or by someone on none).
create table certified_committee (
    id                    bigint generated always as identity primary key,
    name                  text        not null check (length(name) between 1 and 300),
    certification_number  text        unique check (length(certification_number) between 1 and 50),
    created_by            text        not null,
    created_at            timestamptz not null default now()
);

create table committee_member (
    principal     text        primary key,
    committee_id  bigint      not null references certified_committee (id),
    added_by      text        not null,
    added_at      timestamptz not null default now()
);

create index committee_member_committee on committee_member (committee_id);

alter table provision_plan add column committee_id bigint references certified_committee (id);

create index provision_plan_committee on provision_plan (committee_id);

-- The committee's opinion on a case: kept whole, never changed; a later opinion stands beside it.
create table committee_opinion (
    id            bigint generated always as identity primary key,
    case_id       uuid        not null references report_case (id),
    committee_id  bigint      not null references certified_committee (id),
    opinion       text        not null check (length(opinion) between 1 and 8000),
    by_whom       text        not null,
    at            timestamptz not null default now()
);

create index committee_opinion_case on committee_opinion (case_id);
