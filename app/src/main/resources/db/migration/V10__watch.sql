-- Clinic marketing pages as the watch read them: the facts extracted (shared/spec/extract.md), the
-- rulebook's assessment of the offering they describe (shared/spec/classify.md), and the provider whose
-- website they belong to. A page is kept once per content: the same address with new content is a new
-- row, so what a clinic said and when stays on record.
create table watch_page (
    id              bigint generated always as identity primary key,
    url             text        not null,
    host            text        not null,
    provider_id     bigint      references provider (id),
    fetched_at      timestamptz not null,
    source          text        not null,
    content_sha256  text        not null,
    marketing       boolean     not null,
    country         char(2),
    facts           jsonb       not null,
    assessment      jsonb,
    recorded_at     timestamptz not null default now(),
    unique (url, content_sha256)
);

create index watch_page_host on watch_page (host);
create index watch_page_provider on watch_page (provider_id);
