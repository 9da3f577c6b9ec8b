-- A signal raised from a rise in unlawful marketing carries the marketing pages that made the rise as its
-- evidence (issue 19): each page's watch_page id, address, site, clinic when known, and the moment the watch
-- first read it. Kept on the signal as raised, so later crawls do not change what the regulator validated.
alter table signal add column pages jsonb not null default '[]';
