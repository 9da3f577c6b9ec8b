-- The registry entities reports need: the clinic that gave a product, the product and its lot. A
-- report naming an unknown one creates it on the fly, marked as from a report and unreviewed; a
-- regulator later confirms it or merges it into the record it duplicates. Unreviewed entries never
-- appear on public pages: an anonymous report must not put a clinic's name in public.
alter table provider alter column country drop not null;
alter table provider
    add column from_report boolean not null default false,
    add column reviewed    boolean not null default true,
    add column merged_into bigint references provider (id),
    add check (merged_into is null or merged_into <> id);

create table product (
    id           bigint generated always as identity primary key,
    name         text        not null check (length(name) between 1 and 250),
    type         text,
    from_report  boolean     not null default false,
    reviewed     boolean     not null default true,
    merged_into  bigint      references product (id),
    created_at   timestamptz not null default now(),
    check (merged_into is null or merged_into <> id)
);

create table lot (
    id          bigint generated always as identity primary key,
    product_id  bigint not null references product (id),
    lot_number  text   not null check (length(lot_number) between 1 and 35),
    unique (product_id, lot_number)
);

-- Which registry entities each case's current version names, product by product (E2B G.k order).
create table report_product (
    case_id      uuid   not null references report_case (id),
    position     int    not null,
    product_id   bigint not null references product (id),
    lot_id       bigint references lot (id),
    provider_id  bigint references provider (id),
    primary key (case_id, position)
);

create index report_product_provider on report_product (provider_id);
create index report_product_product on report_product (product_id);

-- The people and machine senders who act for a provider (a clinic's staff, its reporting system).
create table provider_member (
    principal    text   primary key,
    provider_id  bigint not null references provider (id)
);
