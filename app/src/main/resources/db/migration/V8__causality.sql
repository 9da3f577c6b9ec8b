-- Causality assessments of a case (ICH E2B(R3) G.k.9.i.2.r): which product and reaction, who assessed,
-- by which method, with which result. Several may stand side by side (reporter, regulator, committee);
-- none replaces another. The Naranjo answers are kept so the score can be checked.
create table report_causality (
    id              bigint generated always as identity primary key,
    case_id         uuid        not null references report_case (id),
    product_index   int         not null check (product_index >= 0),
    reaction_index  int         not null check (reaction_index >= 0),
    source          text        not null,
    method          text        not null check (method in ('WHO-UMC', 'Naranjo')),
    result          text        not null,
    naranjo_answers jsonb,
    assessed_by     text        not null,
    assessed_at     timestamptz not null default now()
);

create index report_causality_case on report_causality (case_id);
