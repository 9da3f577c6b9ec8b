-- Providers: the clinics and institutions that offer interventions. Later issues add products,
-- lots and provision plans; reports create providers on the fly when they name an unknown one.
create table provider (
    id          bigint generated always as identity primary key,
    name        text        not null check (length(name) between 1 and 300),
    country     char(2)     not null check (country ~ '^[A-Z]{2}$'),
    city        text,
    address     text,
    website     text,
    demo        boolean     not null default false,
    created_at  timestamptz not null default now()
);

create index provider_name_search on provider (lower(name) text_pattern_ops);

-- Which demonstration data sets have been loaded, so a restart never loads them twice.
create table demo_data_set (
    name       text primary key,
    loaded_at  timestamptz not null default now()
);
