-- Provision plans: a provider files what it will give (product, indication, route, dose, consent, risk
-- class), a certified committee reviews it (conflicts of interest declared, a checklist, questions,
-- a decision with reasons and conditions), and an accepted plan gets a public number. Every review step
-- is kept; annual provision reports give the number of patients treated, the denominator that
-- spontaneous reporting lacks.
create sequence provision_plan_number_seq;

create table provision_plan (
    id                bigint generated always as identity primary key,
    provider_id       bigint      not null references provider (id),
    jurisdiction      char(2)     not null,
    product_name      text        not null check (length(product_name) between 1 and 250),
    product_type      text        not null,
    source            text,
    donor             text        check (donor in ('autologous', 'allogeneic')),
    indication        text        not null,
    route             text        not null,
    dose              text        not null check (length(dose) between 1 and 500),
    risk_class        text        not null check (risk_class in ('1', '2', '3')),
    consent           text        not null check (length(consent) between 1 and 20000),
    required_by_law   boolean,
    status            text        not null default 'submitted'
        check (status in ('submitted', 'questions', 'accepted', 'rejected', 'withdrawn')),
    public_number     text        unique,
    conditions        text,
    decision_reasons  text,
    decided_by        text,
    decided_at        timestamptz,
    filed_by          text        not null,
    filed_at          timestamptz not null default now()
);

create index provision_plan_provider on provision_plan (provider_id);
create index provision_plan_status on provision_plan (status);

create table plan_review_step (
    plan_id  bigint      not null references provision_plan (id),
    seq      int         not null,
    kind     text        not null check (kind in ('conflict_declared', 'question', 'answer', 'decision')),
    by_whom  text        not null,
    at       timestamptz not null default now(),
    text     text        not null,
    data     jsonb,
    primary key (plan_id, seq)
);

create table plan_annual_report (
    plan_id           bigint      not null references provision_plan (id),
    period_end        date        not null,
    patients_treated  int         not null check (patients_treated >= 0),
    serious_events    int         not null check (serious_events >= 0),
    filed_by          text        not null,
    filed_at          timestamptz not null default now(),
    primary key (plan_id, period_end)
);
