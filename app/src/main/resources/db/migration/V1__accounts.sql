-- People who sign in. A password is set only through a one-time setup link: there is no default password.
create table account (
    id                bigint generated always as identity primary key,
    name              text        not null unique check (length(name) between 1 and 100),
    role              text        not null check (role in ('REGULATOR', 'COMMITTEE', 'PROVIDER', 'RESEARCHER', 'ADMIN')),
    password_hash     text,
    setup_token_hash  text unique,
    setup_expires_at  timestamptz,
    created_at        timestamptz not null default now(),
    disabled_at       timestamptz
);

-- Machine senders authenticate with a bearer token; only its SHA-256 is kept.
create table api_token (
    id           bigint generated always as identity primary key,
    name         text        not null check (length(name) between 1 and 100),
    role         text        not null check (role in ('REGULATOR', 'COMMITTEE', 'PROVIDER', 'RESEARCHER', 'ADMIN')),
    token_hash   text        not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
