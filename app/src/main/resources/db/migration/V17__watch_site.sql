-- Clinic websites as businesses (issue 13): the profile of each site is the facts of the latest version
-- of all its pages together (watch's ClinicProfile, in the JSON of shared/spec/extract.md with each
-- evidence naming its page), whether the business markets an intervention, and the rulebook's assessment
-- of the offering the whole site describes. Rebuilt from watch_page whenever one of its pages is read, so
-- it is derived data: the pages stay the record of what a clinic said and when. claim_findings names, for
-- each claim of the site, the findings that go when the claim goes: what the law says of that claim.
create table watch_site (
    host         text        primary key,
    provider_id  bigint      references provider (id),
    marketing    boolean     not null,
    country      char(2),
    profile      jsonb       not null,
    assessment   jsonb,
    claim_findings jsonb,
    pages        int         not null,
    last_read    timestamptz not null,
    updated_at   timestamptz not null default now()
);

create index watch_site_provider on watch_site (provider_id);

-- Pages are judged as part of their site now; a page's own assessment is no longer kept.
alter table watch_page drop column assessment;
