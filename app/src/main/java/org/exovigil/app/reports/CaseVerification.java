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
import org.exovigil.vigilance.verification.Attempt;
import org.exovigil.vigilance.verification.Countersignature;
import org.exovigil.vigilance.verification.Evidence;
import org.exovigil.vigilance.verification.Proposal;
import org.exovigil.vigilance.verification.Verification;
import org.exovigil.vigilance.verification.VerificationStatus;
import org.exovigil.vigilance.verification.VerificationStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves a case through verification (unverified, source contacted, confirmed, refuted, unverifiable,
 * closed) by the rules of the vigilance core, keeping every step with its evidence and an audit event.
 * The case row is locked while a step is added, so two reviewers cannot interleave. A decision names its
 * evidence; unverifiable rests on the attempts made (each contact with the source and each follow-up request,
 * answered or not); on a fatal or life-threatening case a decision is proposed and takes effect when a second
 * regulator countersigns it (issue 20, {@code DecisionPolicy}).
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
        COUNTERSIGN,
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
            case CONFIRM -> decide(caseId, current, VerificationStatus.CONFIRMED, reason, by, now, proof);
            case REFUTE -> decide(caseId, current, VerificationStatus.REFUTED, reason, by, now, proof);
            case UNVERIFIABLE -> decide(caseId, current, VerificationStatus.UNVERIFIABLE, reason, by, now, proof);
            case COUNTERSIGN -> current.countersign(by, now, reason);
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

    private Checked<Verification> decide(
            UUID caseId,
            Verification current,
            VerificationStatus decision,
            String reason,
            String by,
            Instant now,
            Evidence proof) {
        return current.decide(decision, reason, by, now, list(proof), attempts(caseId, current), seriousness(caseId));
    }

    /**
     * The attempts made to learn the facts: each contact with the source (a call or a letter, answered or not as its
     * evidence says) and each follow-up request with its due date and answer.
     */
    private List<Attempt> attempts(UUID caseId, Verification current) {
        List<Attempt> attempts = new ArrayList<>();
        current.steps().stream()
                .filter(step -> step.to() == VerificationStatus.SOURCE_CONTACTED)
                .forEach(step -> attempts.add(new Attempt(step.reason(), step.decidedAt(), null, null)));
        attempts.addAll(jdbc.sql("""
                        select asked_of, requested_at, due_on, answered_at from report_follow_up
                        where case_id = ? order by requested_at, id""")
                .param(caseId)
                .query((rs, row) -> new Attempt(
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, java.time.LocalDate.class),
                        instant(rs.getObject(4, OffsetDateTime.class))))
                .list());
        return attempts;
    }

    /** The proposal awaiting a second regulator's countersignature, if any. */
    public Optional<Proposal> pending(UUID caseId) {
        return Optional.ofNullable(load(caseId).pending());
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
        record State(String status, OffsetDateTime closedAt, Long pending) {}
        State state = jdbc.sql(
                        "select verification, closed_at, pending_proposal from report_case where id = ? for update")
                .param(caseId)
                .query((rs, row) ->
                        new State(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getObject(3, Long.class)))
                .single();
        List<VerificationStep> steps = jdbc.sql("""
                        select from_status, to_status, reason, decided_by, decided_at, evidence::text,
                               countersigned_by, countersigned_at, countersign_reason
                        from report_verification_step where case_id = ? and to_status <> 'closed' order by seq""")
                .param(caseId)
                .query((rs, row) -> new VerificationStep(
                        status(rs.getString(1)),
                        status(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        DecisionJson.evidence(rs.getString(6)),
                        rs.getString(7) == null
                                ? null
                                : new Countersignature(
                                        rs.getString(7),
                                        rs.getObject(8, OffsetDateTime.class).toInstant(),
                                        rs.getString(9))))
                .list();
        Proposal pending = state.pending() == null
                ? null
                : jdbc.sql("""
                                select decision, reason, proposed_by, proposed_at, evidence::text, attempts::text
                                from report_verification_proposal where id = ?""")
                        .param(state.pending())
                        .query((rs, row) -> new Proposal(
                                status(rs.getString(1)),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(),
                                DecisionJson.evidence(rs.getString(5)),
                                DecisionJson.attempts(rs.getString(6))))
                        .single();
        return new Verification(
                status(state.status()),
                steps,
                state.closedAt() == null ? null : state.closedAt().toInstant(),
                pending);
    }

    private void save(
            UUID caseId,
            Verification before,
            Verification after,
            Action action,
            String reason,
            String by,
            Instant now) {
        if (after.pending() != null && after.pending() != before.pending()) {
            propose(caseId, before, after.pending());
            return;
        }
        boolean closing = action == Action.CLOSE;
        VerificationStep step = closing ? null : after.steps().getLast();
        Countersignature countersignature = closing ? null : step.countersignature();
        jdbc.sql("""
                        insert into report_verification_step (case_id, seq, from_status, to_status, reason, decided_by,
                            decided_at, evidence, countersigned_by, countersigned_at, countersign_reason)
                        values (?, (select coalesce(max(seq), 0) + 1 from report_verification_step where case_id = ?),
                            ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(
                        caseId,
                        caseId,
                        before.status().code(),
                        closing ? "closed" : step.to().code(),
                        closing ? (reason == null ? "" : reason) : step.reason(),
                        closing ? by : step.decidedBy(),
                        OffsetDateTime.ofInstant(closing ? now : step.decidedAt(), ZoneOffset.UTC),
                        closing ? "[]" : DecisionJson.evidence(step.evidence()),
                        countersignature == null ? null : countersignature.by(),
                        countersignature == null
                                ? null
                                : OffsetDateTime.ofInstant(countersignature.at(), ZoneOffset.UTC),
                        countersignature == null ? null : countersignature.reason())
                .update();
        jdbc.sql("update report_case set verification = ?, closed_at = ?, pending_proposal = null where id = ?")
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
                        + (closing ? "closed" : after.status().code())
                        + (countersignature == null ? "" : " proposed_by=" + step.decidedBy()));
    }

    /** A decision on a fatal or life-threatening case, kept whole until a second regulator countersigns it. */
    private void propose(UUID caseId, Verification before, Proposal proposal) {
        long id = jdbc.sql("""
                        insert into report_verification_proposal (case_id, decision, reason, proposed_by, proposed_at,
                            evidence, attempts)
                        values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb) returning id""")
                .params(
                        caseId,
                        proposal.decision().code(),
                        proposal.reason(),
                        proposal.proposedBy(),
                        OffsetDateTime.ofInstant(proposal.proposedAt(), ZoneOffset.UTC),
                        DecisionJson.evidence(proposal.evidence()),
                        DecisionJson.attempts(proposal.attempts()))
                .query(Long.class)
                .single();
        jdbc.sql("update report_case set pending_proposal = ? where id = ?")
                .params(id, caseId)
                .update();
        audit.append(
                proposal.proposedBy(),
                "report.verification.proposed",
                "report-id:" + caseId,
                "from=" + before.status().code() + " proposed="
                        + proposal.decision().code() + " proposal=" + id);
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

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
