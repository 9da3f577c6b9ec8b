-- Signal management after GVP Module IX (Rev 1): a signal with its source, every step (validation,
-- prioritisation, assessment, recommendation, closing) with who, when, why and the evidence, and the
-- actions taken on it with their owner and due date. Steps are never changed; signal holds the outcome.
create table signal (
    id           bigint generated always as identity primary key,
    source_kind  text        not null check (source_kind in
                     ('disproportionality', 'cluster_alert', 'lot_release', 'single_case', 'unlawful_marketing')),
    source_ref   text        not null check (length(source_ref) between 1 and 600),
    description  text        not null check (length(description) between 1 and 1000),
    product_id   bigint      references product (id),
    lot_id       bigint      references lot (id),
    case_ids     uuid[]      not null default '{}',
    status       text        not null default 'detected' check (status in
                     ('detected', 'validated', 'not_validated', 'prioritised', 'assessed', 'recommended', 'closed')),
    priority     text        check (priority in ('high', 'medium', 'low')),
    score        numeric     not null default 0,
    score_terms  jsonb       not null default '{}',
    raised_by    text        not null,
    raised_at    timestamptz not null default now()
);

-- One open signal per source: raising it again leads to the one already open.
create unique index signal_open_source on signal (source_kind, source_ref) where status <> 'closed';
create index signal_open_by_score on signal (score desc) where status <> 'closed';

create table signal_step (
    signal_id   bigint      not null references signal (id),
    seq         int         not null,
    from_status text        not null,
    to_status   text        not null,
    reason      text        not null check (length(reason) between 1 and 4000),
    decided_by  text        not null,
    decided_at  timestamptz not null,
    evidence    jsonb       not null,
    priority    text        check (priority in ('high', 'medium', 'low')),
    primary key (signal_id, seq)
);

create table signal_action (
    signal_id   bigint      not null references signal (id),
    number      int         not null check (number >= 1),
    kind        text        not null check (kind in
                    ('lot_hold', 'lot_recall', 'plan_suspension', 'clinic_request', 'public_notice')),
    target      text,
    owner       text        not null check (length(owner) between 1 and 200),
    due_on      date        not null,
    reason      text        not null check (length(reason) between 1 and 4000),
    taken_by    text        not null,
    taken_at    timestamptz not null,
    status      text        not null default 'open' check (status in ('open', 'done', 'lifted')),
    ended_by    text,
    ended_at    timestamptz,
    end_reason  text,
    primary key (signal_id, number)
);

-- A lot a regulator held or recalled, whatever the release tests say: shown on the product's and the lot's
-- pages, on the public pages of the clinics that gave it, and on each new report naming it. A hold is lifted;
-- a recall stays. The origin names the action that placed it (signal:5/action:1).
create table lot_restriction (
    id           bigint generated always as identity primary key,
    lot_id       bigint      not null references lot (id),
    kind         text        not null check (kind in ('hold', 'recall')),
    origin       text        not null unique,
    reason       text        not null,
    placed_by    text        not null,
    placed_at    timestamptz not null,
    lifted_by    text,
    lifted_at    timestamptz,
    lift_reason  text,
    check (kind = 'hold' or lifted_at is null)
);

create index lot_restriction_in_force on lot_restriction (lot_id) where lifted_at is null;
