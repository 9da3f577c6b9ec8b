-- Provision plans change and end. A plan's content is kept version by version: version 1 is the plan as
-- filed, each later version a change its provider filed (what changed, and why), reviewed by a committee
-- as the plan was while the version in force stays in force. A version names a product of the register,
-- so adverse-event rates can be given per product. A provider withdraws a plan; a committee or regulator
-- suspends, reinstates or revokes one; the plan stays in the register, marked, and no yearly report falls
-- due after it ended. Review steps and yearly reports say which version they concern.
create table plan_version (
    plan_id           bigint      not null references provision_plan (id),
    version           int         not null check (version >= 1),
    status            text        not null default 'submitted'
        check (status in ('submitted', 'questions', 'accepted', 'rejected', 'closed')),
    product_id        bigint      references product (id),
    product_name      text        not null check (length(product_name) between 1 and 250),
    product_type      text        not null,
    source            text,
    donor             text        check (donor in ('autologous', 'allogeneic')),
    indication        text        not null,
    route             text        not null,
    dose              text        not null check (length(dose) between 1 and 500),
    consent           text        not null check (length(consent) between 1 and 20000),
    required_by_law   boolean,
    changed           text[]      not null default '{}',
    reasons           text        check (length(reasons) <= 4000),
    conditions        text,
    decision_reasons  text,
    decided_by        text,
    decided_at        timestamptz,
    filed_by          text        not null,
    filed_at          timestamptz not null default now(),
    primary key (plan_id, version),
    check ((version = 1) = (reasons is null))
);

-- At most one version of a plan is under review at a time.
create unique index plan_version_under_review on plan_version (plan_id) where status in ('submitted', 'questions');
create index plan_version_product on plan_version (product_id);

-- The products the plans filed so far name, as unreviewed records of the register when none matches.
insert into product (name, type, reviewed)
select distinct on (lower(p.product_name)) p.product_name, p.product_type, false
from provision_plan p
where not exists (select 1 from product x where lower(x.name) = lower(p.product_name) and x.merged_into is null)
order by lower(p.product_name), p.id;

insert into plan_version (plan_id, version, status, product_id, product_name, product_type, source, donor, indication,
                          route, dose, consent, required_by_law, conditions, decision_reasons, decided_by, decided_at,
                          filed_by, filed_at)
select p.id, 1, case p.status when 'withdrawn' then 'closed' else p.status end,
       (select x.id from product x where lower(x.name) = lower(p.product_name) and x.merged_into is null
        order by x.reviewed desc, x.id limit 1),
       p.product_name, p.product_type, p.source, p.donor, p.indication, p.route, p.dose, p.consent, p.required_by_law,
       p.conditions, p.decision_reasons, p.decided_by, p.decided_at, p.filed_by, p.filed_at
from provision_plan p;

alter table provision_plan
    drop column product_name,
    drop column product_type,
    drop column source,
    drop column donor,
    drop column indication,
    drop column route,
    drop column dose,
    drop column consent,
    drop column required_by_law,
    drop column conditions,
    drop column decision_reasons,
    drop column decided_by,
    drop constraint provision_plan_status_check,
    add constraint provision_plan_status_check
        check (status in ('submitted', 'questions', 'accepted', 'rejected', 'withdrawn', 'suspended', 'revoked')),
    add column version            int not null default 1,
    add column ended_on           date,
    add column status_reason      text,
    add column status_changed_at  timestamptz,
    add constraint provision_plan_version_in_force foreign key (id, version)
        references plan_version (plan_id, version) deferrable initially deferred;

comment on column provision_plan.decided_at is 'when the plan was first decided; yearly periods run from its acceptance';
comment on column provision_plan.ended_on is 'the day provision under the plan stopped (withdrawn) or was revoked';

alter table plan_review_step
    add column version int not null default 1,
    drop constraint plan_review_step_kind_check,
    add constraint plan_review_step_kind_check check (kind in (
        'conflict_declared', 'question', 'answer', 'decision',
        'change_filed', 'withdrawn', 'suspended', 'reinstated', 'revoked'));

alter table plan_annual_report
    add column version int not null default 1,
    add constraint plan_annual_report_version foreign key (plan_id, version) references plan_version (plan_id, version);
