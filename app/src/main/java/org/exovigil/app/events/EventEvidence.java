package org.exovigil.app.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.audit.Sha256;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.rulebook.InformationPower;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.vigilance.verification.Attempt;
import org.exovigil.vigilance.verification.Evidence;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Requests for evidence and the evidence received. A request names whom it asks, what, by when, and the power it
 * cites from the rulebook of the event's country, or none. An answer or a document is stored once, with its SHA-256,
 * who supplied it and when, on the audit chain; the database refuses to change it (V44). Documents are read only by
 * the roles that read every case, and each reading is audited, as a case's personal data is.
 */
@Service
public class EventEvidence {

    static final List<String> ADDRESSEES = List.of("clinic", "physician", "hospital", "coroner");
    static final int MAX_ASKED = 4000;
    static final int MAX_ANSWER = 20_000;
    /** As ReportReading: regulators and administrators read every case, so they read the evidence of an event. */
    private static final Set<String> READ_EVERY_CASE = Set.of("ROLE_REGULATOR", "ROLE_ADMIN");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Rulebook rulebook;
    private final EvidenceLetters letters;
    private final long documentLimit;

    EventEvidence(
            JdbcClient jdbc,
            AuditLog audit,
            Clock clock,
            Rulebook rulebook,
            EvidenceLetters letters,
            @Value("${exovigil.limits.evidence-document:10MB}") DataSize documentLimit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.rulebook = rulebook;
        this.letters = letters;
        this.documentLimit = documentLimit.toBytes();
    }

    /** The powers a request to this kind of addressee may cite, under the law of the event's country today. */
    public List<InformationPower> powers(long eventId, String addresseeKind) {
        return rulebook.informationPowers(country(eventId), addresseeKind, LocalDate.now(clock));
    }

    @Transactional
    public Outcome<Long> request(
            long eventId,
            String kind,
            String addressee,
            String address,
            String asked,
            LocalDate dueOn,
            String powerId,
            String by) {
        if (!openForEvidence(eventId)) {
            return Outcome.refused(EventRefusal.CLOSED);
        }
        if (!ADDRESSEES.contains(kind)
                || addressee == null
                || addressee.isBlank()
                || addressee.length() > 300
                || (address != null && address.length() > 300)) {
            return Outcome.refused(EventRefusal.ADDRESSEE, String.join(", ", ADDRESSEES));
        }
        if (asked == null || asked.isBlank() || asked.length() > MAX_ASKED) {
            return Outcome.refused(EventRefusal.ASKED, MAX_ASKED);
        }
        if (dueOn == null || !dueOn.isAfter(LocalDate.now(clock))) {
            return Outcome.refused(EventRefusal.DUE);
        }
        String country = country(eventId);
        Locale language = EvidenceLetters.languageOf(country);
        String cited = null;
        String citedInLetter = null;
        if (powerId != null && !powerId.isBlank()) {
            Optional<InformationPower> power = powers(eventId, kind).stream()
                    .filter(candidate -> candidate.id().equals(powerId))
                    .findFirst();
            if (power.isEmpty()) {
                return Outcome.refused(EventRefusal.POWER, powerId, country == null ? "-" : country, kind);
            }
            cited = citation(power.get(), Locale.ENGLISH);
            citedInLetter = citation(power.get(), language);
        }
        Instant now = now();
        long id = jdbc.sql("""
                        insert into event_evidence_request (event_id, addressee_kind, addressee, address, asked, due_on,
                            power_id, power_cited, requested_by, requested_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        eventId,
                        kind,
                        addressee.strip(),
                        address == null || address.isBlank() ? null : address.strip(),
                        asked.strip(),
                        dueOn,
                        cited == null ? null : powerId,
                        cited,
                        by,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(Long.class)
                .single();
        letters.due(
                new EvidenceLetters.Due(
                        id,
                        reference(eventId),
                        addressee.strip(),
                        address,
                        asked.strip(),
                        dueOn,
                        citedInLetter,
                        false,
                        language),
                by);
        return Outcome.done(id);
    }

    public List<EvidenceRequest> requests(long eventId) {
        return jdbc.sql("""
                        select r.id, r.addressee_kind, r.addressee, r.address, r.asked, r.due_on, r.power_cited,
                               r.requested_by, r.requested_at, r.reminded_at,
                               (select min(e.recorded_at) from event_evidence e where e.request_id = r.id)
                        from event_evidence_request r where r.event_id = ? order by r.requested_at, r.id""")
                .param(eventId)
                .query((rs, row) -> new EvidenceRequest(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getString(8),
                        instant(rs.getObject(9, OffsetDateTime.class)),
                        instant(rs.getObject(10, OffsetDateTime.class)),
                        instant(rs.getObject(11, OffsetDateTime.class))))
                .list();
    }

    /** The attempts the requests record, for an unverifiable decision: sent, due, answered or not. */
    public List<Attempt> attempts(long eventId) {
        return requests(eventId).stream()
                .map(request ->
                        new Attempt(request.addressee(), request.requestedAt(), request.dueOn(), request.answeredAt()))
                .toList();
    }

    /**
     * Reminds every unanswered request of an open event past its due date that was not reminded today; each reminder
     * falls due through {@link EvidenceLetters}. Returns how many.
     */
    @Transactional
    public int remindOverdue() {
        LocalDate today = LocalDate.now(clock);
        record Due(
                long id,
                long eventId,
                String addressee,
                String address,
                String asked,
                LocalDate dueOn,
                String cited,
                String kind,
                String powerId) {}
        List<Due> due = jdbc.sql("""
                        update event_evidence_request r set reminded_at = ?
                        where r.due_on < ? and (r.reminded_at is null or r.reminded_at < ?::date)
                          and not exists (select 1 from event_evidence e where e.request_id = r.id)
                          and exists (select 1 from event v where v.id = r.event_id and v.closed_at is null)
                        returning r.id, r.event_id, r.addressee, r.address, r.asked, r.due_on, r.power_cited,
                                  r.addressee_kind, r.power_id""")
                .params(OffsetDateTime.ofInstant(now(), ZoneOffset.UTC), today, today)
                .query((rs, row) -> new Due(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
        for (Due request : due) {
            Locale language = EvidenceLetters.languageOf(country(request.eventId()));
            // The power as the rulebook words it today in the letter's language; as first cited if it has gone since.
            String cited = request.powerId() == null
                    ? null
                    : powers(request.eventId(), request.kind()).stream()
                            .filter(power -> power.id().equals(request.powerId()))
                            .findFirst()
                            .map(power -> citation(power, language))
                            .orElse(request.cited());
            letters.due(
                    new EvidenceLetters.Due(
                            request.id(),
                            reference(request.eventId()),
                            request.addressee(),
                            request.address(),
                            request.asked(),
                            request.dueOn(),
                            cited,
                            true,
                            language),
                    "exovigil");
        }
        return due.size();
    }

    /** A power as a letter or the record cites it: its label in the language, then its sources as they are titled. */
    private static String citation(InformationPower power, Locale language) {
        String label = language.getLanguage().equals("ja") && power.labelJa() != null ? power.labelJa() : power.label();
        return label + " — "
                + power.citations().stream().map(citation -> citation.source()).collect(Collectors.joining("; "));
    }

    /** A document as uploaded: its name, the type the browser declared, and its bytes. */
    public record Upload(String fileName, String declaredType, byte[] bytes) {
        boolean present() {
            return bytes != null && bytes.length > 0;
        }
    }

    /** Records an answer, a document, or both, for the event (and the request it answers, if any). */
    @Transactional
    public Outcome<Long> record(
            long eventId,
            Long requestId,
            String description,
            String suppliedBy,
            LocalDate suppliedOn,
            String answer,
            Upload upload,
            String by) {
        if (!openForEvidence(eventId)) {
            return Outcome.refused(EventRefusal.CLOSED);
        }
        if (suppliedBy == null
                || suppliedBy.isBlank()
                || suppliedBy.length() > 300
                || suppliedOn == null
                || suppliedOn.isAfter(LocalDate.now(clock))) {
            return Outcome.refused(EventRefusal.SUPPLIER);
        }
        boolean hasAnswer = answer != null && !answer.isBlank();
        boolean hasDocument = upload != null && upload.present();
        if (description == null
                || description.isBlank()
                || description.length() > 2000
                || (!hasAnswer && !hasDocument)
                || (hasAnswer && answer.length() > MAX_ANSWER)) {
            return Outcome.refused(EventRefusal.EVIDENCE_EMPTY);
        }
        if (requestId != null
                && jdbc.sql("select count(*) from event_evidence_request where id = ? and event_id = ?")
                                .params(requestId, eventId)
                                .query(Long.class)
                                .single()
                        == 0) {
            return Outcome.refused(EventRefusal.REQUEST_UNKNOWN, requestId);
        }
        DocumentType type = null;
        if (hasDocument) {
            if (upload.bytes().length > documentLimit) {
                return Outcome.refused(EventRefusal.DOCUMENT_TOO_LARGE, documentLimit);
            }
            Optional<DocumentType> checked = DocumentType.of(upload.declaredType(), upload.bytes());
            if (checked.isEmpty()) {
                return Outcome.refused(EventRefusal.DOCUMENT_TYPE, String.valueOf(upload.declaredType()));
            }
            type = checked.get();
        }
        String sha256 = Sha256.of(hasDocument ? upload.bytes() : answer.strip().getBytes(StandardCharsets.UTF_8));
        Instant now = now();
        long id = jdbc.sql("""
                        insert into event_evidence (event_id, request_id, description, supplied_by, supplied_on,
                            recorded_by, recorded_at, answer, file_name, content_type, size_bytes, sha256, content)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        eventId,
                        requestId,
                        description.strip(),
                        suppliedBy.strip(),
                        suppliedOn,
                        by,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        hasAnswer ? answer.strip() : null,
                        hasDocument ? fileName(upload.fileName()) : null,
                        type == null ? null : type.mediaType(),
                        hasDocument ? (long) upload.bytes().length : null,
                        sha256,
                        hasDocument ? upload.bytes() : null)
                .query(Long.class)
                .single();
        audit.append(
                by,
                "event.evidence.recorded",
                "event:" + reference(eventId),
                "evidence=%d request=%s sha256=%s supplied_by=%s supplied_on=%s"
                        .formatted(id, requestId == null ? "-" : requestId, sha256, suppliedBy.strip(), suppliedOn));
        return Outcome.done(id);
    }

    public List<EvidenceItem> items(long eventId) {
        return jdbc.sql("""
                        select id, request_id, description, supplied_by, supplied_on, recorded_by, recorded_at, answer,
                               file_name, content_type, size_bytes, sha256
                        from event_evidence where event_id = ? order by recorded_at, id""")
                .param(eventId)
                .query((rs, row) -> new EvidenceItem(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        instant(rs.getObject(7, OffsetDateTime.class)),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11, Long.class),
                        rs.getString(12)))
                .list();
    }

    /** A stored document, for one who may read it. */
    public record Document(String fileName, String contentType, String sha256, byte[] bytes) {}

    /** The document, if the reader's roles read every case; each reading is an audit event. */
    @Transactional
    public Optional<Document> document(long eventId, long evidenceId, Authentication reader) {
        boolean allowed = reader != null
                && reader.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(READ_EVERY_CASE::contains);
        if (!allowed) {
            return Optional.empty();
        }
        Optional<Document> document = jdbc.sql("""
                        select file_name, content_type, sha256, content from event_evidence
                        where id = ? and event_id = ? and content is not null""")
                .params(evidenceId, eventId)
                .query((rs, row) -> new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
        document.ifPresent(found -> audit.append(
                reader.getName(), "event.evidence.read", "event:" + reference(eventId), "evidence=" + evidenceId));
        return document;
    }

    /** The evidence named by number, as the core weighs it; refused if one is not of this event. */
    public Outcome<List<Evidence>> asEvidence(long eventId, List<Long> ids) {
        List<EvidenceItem> all = items(eventId);
        List<Evidence> named = new ArrayList<>();
        for (Long id : ids) {
            Optional<EvidenceItem> item =
                    all.stream().filter(candidate -> candidate.id() == id).findFirst();
            if (item.isEmpty()) {
                return Outcome.refused(EventRefusal.EVIDENCE_UNKNOWN, id);
            }
            EvidenceItem found = item.get();
            named.add(new Evidence(
                    found.fileName() == null ? Evidence.Kind.NOTE : Evidence.Kind.DOCUMENT,
                    found.description(),
                    "evidence:" + found.id() + " sha256:" + found.sha256(),
                    found.recordedBy(),
                    found.recordedAt()));
        }
        return Outcome.done(named);
    }

    /**
     * Whether the event is still open, locking it until the transaction ends so that it cannot close in between:
     * a closed event's evidence is what its decision and public page rest on, and a request would send letters for
     * a finished inquiry.
     */
    private boolean openForEvidence(long eventId) {
        return jdbc.sql("select closed_at is null from event where id = ? for update")
                .param(eventId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private String country(long eventId) {
        return jdbc.sql("select claimed_country from event where id = ?")
                .param(eventId)
                .query((rs, row) -> rs.getString(1))
                .single();
    }

    private String reference(long eventId) {
        return jdbc.sql("select reference from event where id = ?")
                .param(eventId)
                .query(String.class)
                .single();
    }

    /** The last path segment only, as some browsers send a whole path; never used to write a file. */
    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "document";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).strip();
        return last.isEmpty() ? "document" : last.length() > 255 ? last.substring(0, 255) : last;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
