-- A stored MedDRA code changed by a newer release (issue 21, version upgrades): the LLT moved to another PT, or became
-- non-current and the reaction was coded again. Each change waits for a regulator's review; nothing is deleted.
create table reaction_recode (
    id              bigint generated always as identity primary key,
    case_id         uuid        not null references report_case (id),
    reaction        int         not null,
    kind            text        not null check (kind in ('moved', 'non_current', 'removed')),
    old_version     text        not null,
    old_llt_code    bigint      not null,
    old_pt_code     bigint,
    new_version     text        not null,
    new_llt_code    bigint,
    new_pt_code     bigint,
    recoded_at      timestamptz not null default now(),
    reviewed_by     text,
    reviewed_at     timestamptz
);

create index reaction_recode_unreviewed on reaction_recode (recoded_at) where reviewed_at is null;
