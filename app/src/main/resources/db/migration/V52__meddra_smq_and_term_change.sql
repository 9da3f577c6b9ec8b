-- The SMQs of a loaded MedDRA release (smq_list.asc, smq_content.asc), when the release came with them.
create table meddra_smq (
    version      text    not null references meddra_release (version) on delete cascade,
    code         bigint  not null,
    name         text    not null,
    level        integer not null,
    description  text,
    algorithm    text,
    active       boolean not null,
    primary key (version, code)
);

-- One row of smq_content.asc: term_level 0 a sub-SMQ (scope null), 4 a PT, 5 an LLT.
create table meddra_smq_term (
    version     text     not null references meddra_release (version) on delete cascade,
    smq_code    bigint   not null,
    term_code   bigint   not null,
    term_level  smallint not null check (term_level in (0, 4, 5)),
    scope       text     check (scope in ('BROAD', 'NARROW')),
    category    text,
    active      boolean  not null,
    check ((term_level = 0) = (scope is null))
);
create index meddra_smq_term_by_smq on meddra_smq_term (version, smq_code);

-- What loading a newer release did to LLTs of the one before (MeddraUpgrade): each change waits for a person to
-- review it before the cases coded to that LLT are recoded (issue 21, "version upgrades"). Kept apart from the
-- release tables so that re-importing a version never loses a review.
create table term_change (
    id            bigint generated always as identity primary key,
    from_version  text        not null,
    to_version    text        not null,
    llt_code      bigint      not null,
    kind          text        not null check (kind in ('MOVED', 'NON_CURRENT', 'REMOVED')),
    old_pt_code   bigint      not null,
    new_pt_code   bigint,
    status        text        not null default 'unreviewed' check (status in ('unreviewed', 'reviewed')),
    found_at      timestamptz not null default now(),
    reviewed_by   text,
    reviewed_at   timestamptz,
    unique (from_version, to_version, llt_code, kind),
    check ((kind = 'REMOVED') = (new_pt_code is null)),
    check ((status = 'reviewed') = (reviewed_by is not null and reviewed_at is not null))
);
create index term_change_waiting on term_change (to_version) where status = 'unreviewed';
