-- The code of each reaction (issue 21): suggested by Exovigil from the verbatim (E.i.1.1a) after the report is
-- committed, confirmed or changed by a regulator. In MedDRA (E.i.2.1a/b) when a release is loaded, else in the open
-- vocabulary. The columns up to decided_at are the design every terminology helper reads (docs of issue 21).
create table reaction_code (
    case_id        uuid not null references report_case (id),
    reaction       int  not null,   -- 0-based index of the reaction in the case's current clinical version
    verbatim       text,            -- E.i.1.1a as reported
    concept_id     text,            -- open vocabulary concept id (EXO:...), null when none
    pt_name        text,            -- English MedDRA PT name the code stands for (what signals count)
    meddra_version text,            -- E.i.2.1a when coded in MedDRA
    llt_code       bigint,          -- E.i.2.1b
    pt_code        bigint,
    score          double precision,-- the suggester's score; null when a person chose the code
    status         text not null check (status in ('suggested', 'confirmed')),
    decided_by     text,
    decided_at     timestamptz not null default now(),
    primary key (case_id, reaction)
);

create index reaction_code_llt on reaction_code (meddra_version, llt_code) where llt_code is not null;

-- Which version of each case the coder has seen, so that it finds new cases and follow-ups without reading every
-- case, and codes each case version once however often it runs.
create table reaction_coding (
    case_id  uuid primary key references report_case (id),
    version  int  not null
);
