package org.exovigil.app.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.SeriousnessCriteria;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.verification.Evidence;
import org.exovigil.vigilance.verification.Verification;
import org.exovigil.vigilance.verification.VerificationStatus;
import org.exovigil.vigilance.verification.VerificationStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Moves a case through verification (unverified, source contacted, confirmed, refuted, unverifiable,
 * closed) by the rules of the vigilance core, keeping every step with its evidence and an audit event.
 * The case row is locked while a step is added, so two reviewers cannot interleave.
 */
@Service
public class CaseVerification {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CaseVerification(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a reviewer asks for: contact the source, decide, or close. */
    public enum Action {
        CONTACT_SOURCE,
        CONFIRM,
        REFUTE,
        UNVERIFIABLE,
        CLOSE
    }

    /** Done, or refused by the first rule of the vigilance core that the step breaks, with the core's code. */
    @Transactional
    public Outcome<Void> record(UUID caseId, Action action, String reason, String evidence, String by) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Verification current = load(caseId);
        Evidence proof = evidence == null || evidence.isBlank()
                ? null
                : new Evidence(
                        action == Action.CONTACT_SOURCE ? Evidence.Kind.CONTACT : Evidence.Kind.DOCUMENT,
                        evidence.strip(),
                        null,
                        by,
                        now);
        Checked<Verification> next = switch (action) {
            case CONTACT_SOURCE ->
                current.contactSource(
                        proof == null ? new Evidence(Evidence.Kind.CONTACT, reason, null, by, now) : proof, reason);
            case CONFIRM -> current.decide(VerificationStatus.CONFIRMED, reason, by, now, list(proof));
            case REFUTE -> current.decide(VerificationStatus.REFUTED, reason, by, now, list(proof));
            case UNVERIFIABLE -> current.decide(VerificationStatus.UNVERIFIABLE, reason, by, now, list(proof));
            case CLOSE -> current.close(seriousness(caseId), now);
        };
        return switch (next) {
            case Checked.Rejected<Verification> rejected ->
                Outcome.refused(Refusal.of(rejected.problems().getFirst()));
            case Checked.Accepted<Verification> accepted -> {
                save(caseId, current, accepted.value(), action, reason, by, now);
                yield Outcome.done();
            }
        };
    }

    /**
     * How a case was closed. The vigilance core's verification has no closed status (closing ends the work
     * and decides nothing about the report), so {@link #steps} leaves the closing out; the case's history
     * shows it after them, with the reason the regulator gave.
     */
    public record Closing(Instant at, String by, String reason) {}

    /** The closing of a case, or empty while it is open. */
    public Optional<Closing> closing(UUID caseId) {
        return jdbc.sql("""
                        select s.decided_at, s.decided_by, s.reason from report_verification_step s
                        join report_case c on c.id = s.case_id
                        where s.case_id = ? and s.to_status = 'closed' and c.closed_at is not null
                        order by s.seq desc limit 1""")
                .param(caseId)
                .query((rs, row) -> new Closing(
                        rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** The steps of a case, oldest first, for its page. */
    public List<VerificationStep> steps(UUID caseId) {
        return load(caseId).steps();
    }

    private Verification load(UUID caseId) {
        record State(String status, OffsetDateTime closedAt) {}
        State state = jdbc.sql("select verification, closed_at from report_case where id = ? for update")
                .param(caseId)
                .query((rs, row) -> new State(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .single();
        List<VerificationStep> steps = jdbc.sql("""
                        select from_status, to_status, reason, decided_by, decided_at, evidence::text
                        from report_verification_step where case_id = ? and to_status <> 'closed' order by seq""")
                .param(caseId)
                .query((rs, row) -> new VerificationStep(
                        status(rs.getString(1)),
                        status(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        evidence(rs.getString(6))))
                .list();
        return new Verification(
                status(state.status()),
                steps,
                state.closedAt() == null ? null : state.closedAt().toInstant());
    }

    private void save(
            UUID caseId,
            Verification before,
            Verification after,
            Action action,
            String reason,
            String by,
            Instant now) {
        boolean closing = action == Action.CLOSE;
        VerificationStep step = closing ? null : after.steps().getLast();
        jdbc.sql("""
                        insert into report_verification_step (case_id, seq, from_status, to_status, reason, decided_by,
                            decided_at, evidence)
                        values (?, (select coalesce(max(seq), 0) + 1 from report_verification_step where case_id = ?),
                            ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(
                        caseId,
                        caseId,
                        before.status().code(),
                        closing ? "closed" : step.to().code(),
                        reason == null ? "" : reason,
                        by,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        closing ? "[]" : evidenceJson(step.evidence()))
                .update();
        jdbc.sql("update report_case set verification = ?, closed_at = ? where id = ?")
                .params(
                        after.status().code(),
                        after.closedAt() == null ? null : OffsetDateTime.ofInstant(after.closedAt(), ZoneOffset.UTC),
                        caseId)
                .update();
        audit.append(
                by,
                "report.verification." + action.name().toLowerCase(java.util.Locale.ROOT),
                "report-id:" + caseId,
                "from=" + before.status().code() + " to="
                        + (closing ? "closed" : after.status().code()));
    }

    private SeriousnessCriteria seriousness(UUID caseId) {
        String codes = jdbc.sql("""
                        select v.assessment -> 'seriousness' from report_case c
                        join report_version v on v.case_id = c.id and v.version = c.current_version where c.id = ?""").param(caseId).query(String.class).single();
        var criteria = EnumSet.noneOf(SeriousnessCriterion.class);
        JSON.readTree(codes)
                .forEach(code -> Coded.fromCode(SeriousnessCriterion.class, code.asString())
                        .ifPresent(criteria::add));
        return new SeriousnessCriteria(criteria);
    }

    private static VerificationStatus status(String code) {
        return Coded.fromCode(VerificationStatus.class, code)
                .orElseThrow(() -> new IllegalStateException("unknown verification status in the database: " + code));
    }

    private static List<Evidence> list(Evidence evidence) {
        return evidence == null ? List.of() : List.of(evidence);
    }

    private static String evidenceJson(List<Evidence> evidence) {
        ArrayNode array = JSON.createArrayNode();
        evidence.forEach(item -> array.addObject()
                .put("kind", item.kind().name().toLowerCase(java.util.Locale.ROOT))
                .put("description", item.description())
                .put("reference", item.reference())
                .put("recordedBy", item.recordedBy())
                .put("recordedAt", item.recordedAt().toString()));
        return array.toString();
    }

    private static List<Evidence> evidence(String json) {
        List<Evidence> evidence = new ArrayList<>();
        JSON.readTree(json)
                .forEach(item -> evidence.add(new Evidence(
                        Evidence.Kind.valueOf(item.get("kind").asString().toUpperCase(java.util.Locale.ROOT)),
                        item.get("description").asString(),
                        item.get("reference").isNull()
                                ? null
                                : item.get("reference").asString(),
                        item.get("recordedBy").asString(),
                        Instant.parse(item.get("recordedAt").asString()))));
        return evidence;
    }
}
