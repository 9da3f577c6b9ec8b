package org.exovigil.app.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.reports.DecisionJson;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.events.CaseLink;
import org.exovigil.vigilance.events.ClaimedOutcome;
import org.exovigil.vigilance.events.EventDecision;
import org.exovigil.vigilance.events.EventInquiry;
import org.exovigil.vigilance.events.EventSource;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.verification.Countersignature;
import org.exovigil.vigilance.verification.Proposal;
import org.exovigil.vigilance.verification.VerificationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records events and moves each through its inquiry by the rules of the vigilance core ({@link EventInquiry}): links
 * to cases, a decision proposed and countersigned, the end. The event row is locked while it moves, every move is an
 * audit event, and proposals and links are only ever inserted.
 */
@Service
public class Events {

    static final int MAX_TEXT = 20_000;
    static final int MAX_CLAIM = 300;

    /** When the event is said to have happened, as told ("last October"): the column's limit. */
    static final int MAX_WHEN = 100;
    /** A public statement is a few sentences: what was found, in words anyone can read. */
    public static final int MAX_PUBLIC_STATEMENT = 1000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final EventEvidence evidence;

    Events(JdbcClient jdbc, AuditLog audit, Clock clock, EventEvidence evidence) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.evidence = evidence;
    }

    @Transactional
    public Outcome<Long> record(EventForm form, String by) {
        Optional<Refusal> wrong = check(form);
        if (wrong.isPresent()) {
            return Outcome.refused(wrong.get());
        }
        long number = jdbc.sql("select nextval('event_reference_seq')")
                .query(Long.class)
                .single();
        String reference = "EV-%d-%05d".formatted(Year.now(clock).getValue(), number);
        long id = jdbc.sql("""
                        insert into event (reference, source, source_name, source_date, link, text_received,
                            claimed_outcome, claimed_product, claimed_clinic, claimed_place, claimed_country,
                            claimed_when, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        reference,
                        form.source(),
                        form.sourceName().strip(),
                        form.sourceDate(),
                        link(form.link()),
                        form.text().strip(),
                        form.outcome(),
                        blankToNull(form.product()),
                        blankToNull(form.clinic()),
                        blankToNull(form.place()),
                        blankToNull(form.country()) == null
                                ? null
                                : form.country().strip().toUpperCase(Locale.ROOT),
                        blankToNull(form.when()),
                        by,
                        OffsetDateTime.ofInstant(now(), ZoneOffset.UTC))
                .query(Long.class)
                .single();
        audit.append(
                by, "event.recorded", "event:" + reference, "source=" + form.source() + " claims=" + form.outcome());
        return Outcome.done(id);
    }

    private Optional<Refusal> check(EventForm form) {
        if (form.source() == null
                || Coded.fromCode(EventSource.class, form.source()).isEmpty()
                || blank(form.sourceName())
                || form.sourceDate() == null
                || blank(form.text())
                || form.text().length() > MAX_TEXT
                || form.sourceName().length() > MAX_CLAIM) {
            return Optional.of(Refusal.of(EventRefusal.INCOMPLETE, MAX_TEXT));
        }
        // Today in UTC+14, the earliest zone: a date that is today anywhere on Earth is not in the future.
        if (form.sourceDate().isAfter(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))))) {
            return Optional.of(Refusal.of(EventRefusal.SOURCE_DATE_IN_FUTURE));
        }
        if (!blank(form.link()) && !form.link().strip().matches("(?i)https?://\\S{1,1990}")) {
            return Optional.of(Refusal.of(EventRefusal.LINK));
        }
        if (form.outcome() == null
                || Coded.fromCode(ClaimedOutcome.class, form.outcome()).isEmpty()) {
            return Optional.of(Refusal.of(
                    EventRefusal.OUTCOME,
                    String.join(
                            ", ",
                            Arrays.stream(ClaimedOutcome.values())
                                    .map(ClaimedOutcome::code)
                                    .toList())));
        }
        if (!blank(form.country()) && !form.country().strip().matches("[A-Za-z]{2}")) {
            return Optional.of(Refusal.of(EventRefusal.COUNTRY));
        }
        for (String claim : new String[] {form.product(), form.clinic(), form.place()}) {
            if (claim != null && claim.length() > MAX_CLAIM) {
                return Optional.of(Refusal.of(EventRefusal.CLAIM_TOO_LONG, MAX_CLAIM));
            }
        }
        if (form.when() != null && form.when().length() > MAX_WHEN) {
            return Optional.of(Refusal.of(EventRefusal.CLAIM_TOO_LONG, MAX_WHEN));
        }
        return Optional.empty();
    }

    /** The link as kept: its scheme in lower case ({@code HTTPS://} is {@code https://}, RFC 3986 3.1), or none. */
    private static String link(String given) {
        String link = blankToNull(given);
        if (link == null) {
            return null;
        }
        int colon = link.indexOf(':');
        return link.substring(0, colon).toLowerCase(Locale.ROOT) + link.substring(colon);
    }

    public Optional<EventRecord> find(long id) {
        return jdbc.sql("""
                        select id, reference, source, source_name, source_date, link, text_received, claimed_outcome,
                               claimed_product, claimed_clinic, claimed_place, claimed_country, claimed_when,
                               recorded_by, recorded_at
                        from event where id = ?""")
                .param(id)
                .query((rs, row) -> new EventRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getObject(15, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Every event, open ones first, newest first within each. */
    public List<EventRecord> all() {
        return jdbc
                .sql("select id from event order by closed_at is not null, recorded_at desc limit 500")
                .query(Long.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** Links the event to a case, by the case's reference. */
    @Transactional
    public Outcome<Void> link(long eventId, String caseReference, CaseLink.Kind kind, String by) {
        Optional<UUID> caseId = jdbc.sql("select id from report_case where reference = ?")
                .param(caseReference == null ? "" : caseReference.strip())
                .query(UUID.class)
                .optional();
        if (caseId.isEmpty()) {
            return Outcome.refused(EventRefusal.CASE_UNKNOWN, caseReference);
        }
        CaseLink link = new CaseLink(caseReference.strip(), kind, by, now());
        return move(
                eventId,
                inquiry -> inquiry.link(link),
                (before, after) -> {
                    jdbc.sql(
                                    "insert into event_case_link (event_id, case_id, kind, linked_by, linked_at) values (?, ?, ?, ?, ?)")
                            .params(
                                    eventId,
                                    caseId.get(),
                                    kind.name().toLowerCase(Locale.ROOT),
                                    by,
                                    OffsetDateTime.ofInstant(link.linkedAt(), ZoneOffset.UTC))
                            .update();
                    return new Written(
                            "event.linked",
                            "case=" + link.caseReference() + " kind="
                                    + kind.name().toLowerCase(Locale.ROOT));
                },
                by);
    }

    /** Proposes a decision resting on the evidence named (by number) and the attempts the requests record. */
    @Transactional
    public Outcome<Void> propose(
            long eventId,
            VerificationStatus decision,
            String reason,
            List<Long> evidenceIds,
            String clinic,
            String by) {
        var named = evidence.asEvidence(eventId, evidenceIds);
        if (named instanceof Outcome.Refused<List<org.exovigil.vigilance.verification.Evidence>>(Refusal refusal)) {
            return Outcome.refused(refusal);
        }
        var attempts = evidence.attempts(eventId);
        Instant at = now();
        return move(
                eventId,
                inquiry -> inquiry.propose(decision, reason, by, at, named.value(), attempts, clinic),
                (before, after) -> {
                    Proposal proposal = after.pending() != null
                            ? after.pending()
                            : after.decision().proposal();
                    String clinicNamed = after.pending() != null
                            ? after.pendingClinic()
                            : after.decision().clinicNamed();
                    long proposalId = jdbc.sql("""
                                    insert into event_proposal (event_id, decision, reason, proposed_by, proposed_at,
                                        evidence, attempts, clinic_named)
                                    values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) returning id""")
                            .params(
                                    eventId,
                                    proposal.decision().code(),
                                    proposal.reason(),
                                    proposal.proposedBy(),
                                    OffsetDateTime.ofInstant(proposal.proposedAt(), ZoneOffset.UTC),
                                    DecisionJson.evidence(proposal.evidence()),
                                    DecisionJson.attempts(proposal.attempts()),
                                    clinicNamed)
                            .query(Long.class)
                            .single();
                    if (after.pending() != null) {
                        jdbc.sql("update event set pending_proposal = ? where id = ?")
                                .params(proposalId, eventId)
                                .update();
                        return new Written("event.decision.proposed", detail(proposal, evidenceIds));
                    }
                    jdbc.sql(
                                    "update event set decision_proposal = ?, decided_at = ?, pending_proposal = null where id = ?")
                            .params(proposalId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), eventId)
                            .update();
                    return new Written("event.decision.decided", detail(proposal, evidenceIds));
                },
                by);
    }

    @Transactional
    public Outcome<Void> countersign(long eventId, String reason, String by) {
        Instant at = now();
        return move(
                eventId,
                inquiry -> inquiry.countersign(by, at, reason),
                (before, after) -> {
                    Countersignature signature = after.decision().countersignature();
                    jdbc.sql("""
                                    update event set decision_proposal = pending_proposal, pending_proposal = null,
                                        countersigned_by = ?, countersigned_at = ?, countersign_reason = ?, decided_at = ?
                                    where id = ?""")
                            .params(
                                    signature.by(),
                                    OffsetDateTime.ofInstant(signature.at(), ZoneOffset.UTC),
                                    signature.reason(),
                                    OffsetDateTime.ofInstant(signature.at(), ZoneOffset.UTC),
                                    eventId)
                            .update();
                    return new Written(
                            "event.decision.countersigned",
                            "decision=" + after.decision().proposal().decision().code() + " proposed_by="
                                    + before.pending().proposedBy());
                },
                by);
    }

    /**
     * Closes the event with the reason for the record and a statement for the public page, in English, Japanese or
     * both; the deciders are warned on the form that it is public and must name no one. It is audited in full.
     */
    @Transactional
    public Outcome<Void> close(long eventId, String reason, String publicStatement, String by) {
        if (blank(publicStatement) || publicStatement.strip().length() > MAX_PUBLIC_STATEMENT) {
            return Outcome.refused(EventRefusal.PUBLIC_STATEMENT, MAX_PUBLIC_STATEMENT);
        }
        String statement = publicStatement.strip();
        Instant at = now();
        return move(
                eventId,
                inquiry -> inquiry.close(reason, by, at),
                (before, after) -> {
                    jdbc.sql("""
                                    update event set closed_at = ?, closed_by = ?, closing_reason = ?, public_statement = ?
                                    where id = ?""")
                            .params(
                                    OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                                    by,
                                    after.closingReason(),
                                    statement,
                                    eventId)
                            .update();
                    return new Written(
                            "event.closed", "links=" + after.links().size() + " public_statement=" + statement);
                },
                by);
    }

    /** Where the inquiry into an event stands, rebuilt from its rows. */
    public EventInquiry load(long eventId) {
        record Row(
                String outcome,
                Long pending,
                Long decision,
                String countersignedBy,
                OffsetDateTime countersignedAt,
                String countersignReason,
                OffsetDateTime closedAt,
                String closedBy,
                String closingReason) {}
        Row row = jdbc.sql("""
                        select claimed_outcome, pending_proposal, decision_proposal, countersigned_by, countersigned_at,
                               countersign_reason, closed_at, closed_by, closing_reason
                        from event where id = ?""")
                .param(eventId)
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class),
                        rs.getString(8),
                        rs.getString(9)))
                .single();
        boolean grave = Coded.fromCode(ClaimedOutcome.class, row.outcome())
                .orElseThrow()
                .isGrave();
        List<CaseLink> links = jdbc.sql("""
                        select c.reference, l.kind, l.linked_by, l.linked_at from event_case_link l
                        join report_case c on c.id = l.case_id where l.event_id = ? order by l.linked_at""")
                .param(eventId)
                .query((rs, n) -> new CaseLink(
                        rs.getString(1),
                        CaseLink.Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
        StoredProposal pending = row.pending() == null ? null : proposal(row.pending());
        StoredProposal decided = row.decision() == null ? null : proposal(row.decision());
        EventDecision decision = decided == null
                ? null
                : new EventDecision(
                        decided.proposal(),
                        row.countersignedBy() == null
                                ? null
                                : new Countersignature(
                                        row.countersignedBy(),
                                        row.countersignedAt().toInstant(),
                                        row.countersignReason()),
                        decided.clinicNamed());
        return new EventInquiry(
                grave,
                links,
                pending == null ? null : pending.proposal(),
                pending == null ? null : pending.clinicNamed(),
                decision,
                row.closedAt() == null ? null : row.closedAt().toInstant(),
                row.closedBy(),
                row.closingReason());
    }

    private record StoredProposal(Proposal proposal, String clinicNamed) {}

    private StoredProposal proposal(long id) {
        return jdbc.sql("""
                        select decision, reason, proposed_by, proposed_at, evidence::text, attempts::text, clinic_named
                        from event_proposal where id = ?""")
                .param(id)
                .query((rs, n) -> new StoredProposal(
                        new Proposal(
                                Coded.fromCode(VerificationStatus.class, rs.getString(1))
                                        .orElseThrow(),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(),
                                DecisionJson.evidence(rs.getString(5)),
                                DecisionJson.attempts(rs.getString(6))),
                        rs.getString(7)))
                .single();
    }

    /** What a move writes, given the state before and after; returns the audit action and its detail. */
    @FunctionalInterface
    private interface Write {
        Written apply(EventInquiry before, EventInquiry after);
    }

    private record Written(String action, String detail) {}

    private Outcome<Void> move(
            long eventId,
            java.util.function.Function<EventInquiry, Checked<EventInquiry>> step,
            Write write,
            String by) {
        Optional<String> reference = jdbc.sql("select reference from event where id = ? for update")
                .param(eventId)
                .query(String.class)
                .optional();
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("no event " + eventId);
        }
        EventInquiry before = load(eventId);
        Checked<EventInquiry> next = step.apply(before);
        if (next instanceof Checked.Rejected<EventInquiry> rejected) {
            return Outcome.refused(Refusal.of(rejected.problems().getFirst()));
        }
        Written written = write.apply(before, next.value());
        audit.append(by, written.action(), "event:" + reference.get(), written.detail());
        return Outcome.done();
    }

    private static String detail(Proposal proposal, List<Long> evidenceIds) {
        return "decision=" + proposal.decision().code() + " evidence=" + evidenceIds + " attempts="
                + proposal.attempts().size();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
