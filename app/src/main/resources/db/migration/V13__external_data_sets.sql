-- Public data sets (FDA FAERS quarters, VAERS years) imported for signal detection beside Exovigil's own
-- reports. They are kept apart from the case store's reports: they are other systems' cases, already
-- de-duplicated by their publisher's rules (FAERS: latest case version, DELETE lists), and never enter the
-- regulator's queue. A data set is written in one transaction, so a failed import leaves nothing behind;
-- importing the same source and label again replaces it.
create table external_data_set (
    id            bigint generated always as identity primary key,
    source        text        not null check (source in ('FAERS', 'VAERS')),
    label         text        not null,
    origin        text        not null,
    imported_at   timestamptz not null default now(),
    imported_by   text        not null,
    cases         bigint      not null,
    serious_cases bigint      not null,
    summary       jsonb       not null,
    unique (source, label)
);

create table external_case (
    data_set_id   bigint  not null references external_data_set (id) on delete cascade,
    case_id       text    not null,
    version       integer not null,
    received      text,
    event_date    text,
    country       text,
    sex           text,
    age_years     numeric,
    serious       boolean not null,
    primary key (data_set_id, case_id)
);

-- One row per (case, suspect product, reaction): the input of the signals core.
create table external_signal_row (
    data_set_id   bigint not null references external_data_set (id) on delete cascade,
    report_id     text   not null,
    product       text   not null,
    event         text   not null
);

create index external_signal_row_pair on external_signal_row (data_set_id, product, event);
