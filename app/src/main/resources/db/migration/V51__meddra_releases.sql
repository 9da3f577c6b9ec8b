-- MedDRA releases the user has loaded with `./exovigil import meddra DIR` (issue 21). MedDRA is licensed: these
-- tables are empty until a user loads their own release. Several versions live side by side, each complete, so
-- that a case coded in 26.1 can still be read in 26.1 after 27.0 arrives; a re-import of a version replaces it
-- in one transaction (the rows below go with their release).
create table meddra_release (
    version    text        primary key check (version ~ '^[0-9]{1,3}\.[0-9]{1,2}$'),
    loaded_at  timestamptz not null default now(),
    loaded_by  text        not null,
    origin     text        not null,
    languages  text[]      not null check (languages <@ array['en', 'ja'] and 'en' = any (languages))
);

-- llt.asc (with llt_j.asc's name): the code a report carries in E.i.2.1b.
create table meddra_llt (
    version  text    not null references meddra_release (version) on delete cascade,
    code     bigint  not null,
    name     text    not null,
    name_ja  text,
    pt_code  bigint  not null,
    current  boolean not null,
    primary key (version, code)
);
create index meddra_llt_by_pt on meddra_llt (version, pt_code);
create index meddra_llt_by_name on meddra_llt (version, lower(name));

-- pt.asc (with pt_j.asc's name) and its primary SOC.
create table meddra_pt (
    version           text   not null references meddra_release (version) on delete cascade,
    code              bigint not null,
    name              text   not null,
    name_ja           text,
    primary_soc_code  bigint not null,
    primary key (version, code)
);
create index meddra_pt_by_name on meddra_pt (version, lower(name));

-- hlt.asc, hlgt.asc, soc.asc (with their _j names): the grouping terms above the PTs.
create table meddra_group_term (
    version  text   not null references meddra_release (version) on delete cascade,
    level    text   not null check (level in ('HLT', 'HLGT', 'SOC')),
    code     bigint not null,
    name     text   not null,
    name_ja  text,
    primary key (version, level, code)
);

-- mdhier.asc: every path PT -> HLT -> HLGT -> SOC, one primary per PT (the link files agree with it; the reader
-- checks that before anything is stored).
create table meddra_path (
    version     text    not null references meddra_release (version) on delete cascade,
    pt_code     bigint  not null,
    hlt_code    bigint  not null,
    hlgt_code   bigint  not null,
    soc_code    bigint  not null,
    is_primary  boolean not null,
    primary key (version, pt_code, hlt_code, hlgt_code, soc_code)
);
create unique index meddra_path_one_primary on meddra_path (version, pt_code) where is_primary;
