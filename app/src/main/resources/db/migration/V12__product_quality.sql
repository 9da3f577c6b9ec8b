-- Product quality: each product's characterisation dossier (MISEV items, as JSON), and for each lot its
-- labelled route and dose, its release tests and the decision they give. A lot is released only when the
-- application's release rules say so; the tests are kept as recorded.
create table product_dossier (
    product_id  bigint      primary key references product (id),
    dossier     jsonb       not null,
    updated_by  text        not null,
    updated_at  timestamptz not null default now()
);

alter table lot
    add column route       text,
    add column dose_ml     numeric check (dose_ml > 0),
    add column status      text not null default 'on_hold' check (status in ('on_hold', 'released', 'rejected')),
    add column created_at  timestamptz not null default now();

create table lot_test (
    lot_id       bigint      not null references lot (id),
    test         text        not null,
    passed       boolean     not null,
    value        numeric,
    measured     text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now(),
    primary key (lot_id, test)
);
