-- Events that are not yet reports (issue 20): a rumour, a media story, a society notice, a complaint, a literature
-- article, as received and with what it claims; the cases it is linked to; the requests for evidence made and the
-- evidence received; the decision (proposed, and countersigned where a death or a life-threatening outcome is
-- alleged); and its end. Evidence, proposals and links are append-only: the database refuses to change or remove
-- them. The event row holds where the inquiry stands, rebuilt by the vigilance core's EventInquiry.
create sequence event_reference_seq;

create table event (
    id                  bigint generated always as identity primary key,
    reference           text        not null unique,
    source              text        not null
        check (source in ('rumour', 'media', 'society_notice', 'complaint', 'literature')),
    source_name         text        not null check (length(source_name) between 1 and 300),
    source_date         date        not null,
    link                text        check (link ~ '^https?://' and length(link) <= 2000),
    text_received       text        not null check (length(text_received) between 1 and 20000),
    claimed_outcome     text        not null
        check (claimed_outcome in ('death', 'life_threatening', 'hospitalisation', 'disability', 'other', 'not_said')),
    claimed_product     text        check (length(claimed_product) <= 300),
    claimed_clinic      text        check (length(claimed_clinic) <= 300),
    claimed_place       text        check (length(claimed_place) <= 300),
    claimed_country     char(2)     check (claimed_country ~ '^[A-Z]{2}$'),
    claimed_when        text        check (length(claimed_when) <= 100),
    recorded_by         text        not null,
    recorded_at         timestamptz not null,
    pending_proposal    bigint,
    decision_proposal   bigint,
    countersigned_by    text,
    countersigned_at    timestamptz,
    countersign_reason  text,
    decided_at          timestamptz,
    closed_at           timestamptz,
    closed_by           text,
    closing_reason      text
);

create table event_proposal (
    id            bigint generated always as identity primary key,
    event_id      bigint      not null references event (id),
    decision      text        not null check (decision in ('confirmed', 'refuted', 'unverifiable')),
    reason        text        not null check (length(reason) between 1 and 4000),
    proposed_by   text        not null,
    proposed_at   timestamptz not null,
    evidence      jsonb       not null,
    attempts      jsonb       not null,
    clinic_named  text
);

alter table event add foreign key (pending_proposal) references event_proposal (id);
alter table event add foreign key (decision_proposal) references event_proposal (id);

create table event_case_link (
    event_id   bigint      not null references event (id),
    case_id    uuid        not null references report_case (id),
    kind       text        not null check (kind in ('gave_rise', 'matched')),
    linked_by  text        not null,
    linked_at  timestamptz not null,
    primary key (event_id, case_id)
);

-- A request for specific information, with its due date and the legal power it cites (a rulebook rule id and its
-- label as cited that day), or none: then the request says plainly that it rests on no power.
create table event_evidence_request (
    id              bigint generated always as identity primary key,
    event_id        bigint      not null references event (id),
    addressee_kind  text        not null check (addressee_kind in ('clinic', 'physician', 'hospital', 'coroner')),
    addressee       text        not null check (length(addressee) between 1 and 300),
    address         text        check (length(address) <= 300),
    asked           text        not null check (length(asked) between 1 and 4000),
    due_on          date        not null,
    power_id        text,
    power_cited     text,
    requested_by    text        not null,
    requested_at    timestamptz not null,
    reminded_at     timestamptz
);

create index event_evidence_request_open on event_evidence_request (due_on);

-- An answer or a document, as supplied: who supplied it and when, its SHA-256, and the bytes themselves.
create table event_evidence (
    id             bigint generated always as identity primary key,
    event_id       bigint      not null references event (id),
    request_id     bigint      references event_evidence_request (id),
    description    text        not null check (length(description) between 1 and 2000),
    supplied_by    text        not null check (length(supplied_by) between 1 and 300),
    supplied_on    date        not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    answer         text        check (length(answer) <= 20000),
    file_name      text        check (length(file_name) <= 255),
    content_type   text,
    size_bytes     bigint,
    sha256         char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content        bytea,
    check ((file_name is null) = (content is null) and (content is null) = (content_type is null)),
    check (answer is not null or content is not null)
);

create index event_evidence_event on event_evidence (event_id);

create trigger event_proposal_append_only
    before update or delete or truncate on event_proposal
    for each statement execute function verification_record_is_append_only();
create trigger event_case_link_append_only
    before update or delete or truncate on event_case_link
    for each statement execute function verification_record_is_append_only();
create trigger event_evidence_append_only
    before update or delete or truncate on event_evidence
    for each statement execute function verification_record_is_append_only();
