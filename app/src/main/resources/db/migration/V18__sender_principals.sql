-- Reports belong to a sender principal with an immutable id, never to a name (OWASP ASVS 4.0.3 V4.2.1).
-- The id is 'account:<id>' or 'token:<id>' for those who sign in, and 'form:<uuid>' made afresh for each
-- submission through a form open to anyone, so anonymous reports never share an owner and what one
-- person types (a case number) cannot reach another's report. report_case.sender stays as the label shown.
alter table report_case add column sender_principal text;

-- Reports sent through the public forms each get an identity of their own.
update report_case set sender_principal = 'form:' || id::text where sender in ('public', 'professional-form');

-- Batches imported on the server keep their file as sender.
update report_case set sender_principal = sender where sender like 'import:%';

-- Earlier reports sent under a name go to the one account or token of that name; a name that was shared
-- (or is no longer anyone's) is kept apart under 'legacy:', which no one can sign in as.
update report_case c set sender_principal = 'account:' || a.id
from account a
where c.sender_principal is null and a.name = c.sender
  and not exists (select 1 from api_token t where t.name = c.sender);

update report_case c set sender_principal = 'token:' || t.id
from api_token t
where c.sender_principal is null and t.name = c.sender
  and not exists (select 1 from account a where a.name = c.sender)
  and (select count(*) from api_token u where u.name = c.sender) = 1;

update report_case set sender_principal = 'legacy:' || sender where sender_principal is null;

alter table report_case alter column sender_principal set not null;
alter table report_case drop constraint report_case_sender_sender_report_id_key;
alter table report_case add constraint report_case_principal_report_id unique (sender_principal, sender_report_id);
drop index report_case_idempotency;
create unique index report_case_idempotency on report_case (sender_principal, idempotency_key)
    where idempotency_key is not null;
-- A form's one-time key files one report however often "send" is pressed, across the fresh identities.
create unique index report_case_form_key on report_case (channel, idempotency_key)
    where idempotency_key is not null and sender_principal like 'form:%';
create index report_case_sender_principal on report_case (sender_principal);

-- Names are labels, unique across accounts and tokens; the forms' own names are nobody's. Existing
-- clashes are renamed (the later one gets its id), never merged; accounts keep their sign-in names.
update api_token t set name = left(t.name, 80) || ' #' || t.id
where lower(btrim(t.name)) in ('public', 'professional-form', 'patient-form', 'system', 'anonymous',
                               'anonymoususer')
   or exists (select 1 from api_token u where lower(btrim(u.name)) = lower(btrim(t.name)) and u.id < t.id)
   or exists (select 1 from account a where lower(btrim(a.name)) = lower(btrim(t.name)));
create unique index api_token_name_key on api_token (lower(btrim(name)));
