-- Each product's own specification: the release tests its lots must pass and the acceptance criteria
-- their results are judged against. Every version is kept; a product without one is judged against
-- Exovigil's defaults (version 0, in products/quality.yaml). A lot remembers the version its decision was
-- made under: a new specification never re-decides a lot by itself, and the lot page says when the
-- decision predates the specification in force. Identity keeps the markers a lot showed.
create table product_specification (
    product_id     bigint      not null references product (id),
    version        int         not null check (version >= 1),
    specification  jsonb       not null,
    reason         text        not null check (length(reason) between 1 and 2000),
    set_by         text        not null,
    set_at         timestamptz not null default now(),
    primary key (product_id, version)
);

alter table lot add column spec_version int not null default 0 check (spec_version >= 0);

alter table lot_test add column markers jsonb;
