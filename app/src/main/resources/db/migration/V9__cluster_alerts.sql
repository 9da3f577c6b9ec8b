-- Cluster alerts: a rule of alerts/cluster-rules.yaml met by cases of one lot, clinic or product. An
-- alert grows while its cluster grows; a regulator reviews it and decides (confirmed or dismissed, with
-- a reason). A dismissed alert that gains new cases opens again.
create table cluster_alert (
    id          bigint generated always as identity primary key,
    rule_id     text        not null,
    scope       text        not null check (scope in ('lot', 'provider', 'product')),
    scope_id    bigint      not null,
    first_day   date        not null,
    last_day    date        not null,
    case_ids    uuid[]      not null,
    status      text        not null default 'open' check (status in ('open', 'confirmed', 'dismissed')),
    raised_at   timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    decided_by  text,
    decided_at  timestamptz,
    reason      text,
    check (first_day <= last_day)
);

create index cluster_alert_scope on cluster_alert (rule_id, scope, scope_id);
create index cluster_alert_open on cluster_alert (status) where status = 'open';
