package org.exovigil.vigilance.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.SeriousnessCriteria;

/**
 * The verification of one case: its status, every step that led there, and whether the case is closed.
 * Immutable; each operation returns the next state or the problem that forbids it.
 *
 * @param status   where it stands
 * @param steps    every move, oldest first
 * @param closedAt when the case was closed, null while open
 */
public record Verification(VerificationStatus status, List<VerificationStep> steps, Instant closedAt) {

    public Verification {
        steps = List.copyOf(steps);
    }

    public static Verification unverified() {
        return new Verification(VerificationStatus.UNVERIFIED, List.of(), null);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** The source (reporter, clinic, hospital) was contacted; the contact itself is the evidence. */
    public Checked<Verification> contactSource(Evidence contact, String reason) {
        return move(
                VerificationStatus.SOURCE_CONTACTED,
                reason,
                contact.recordedBy(),
                contact.recordedAt(),
                List.of(contact));
    }

    /** A decision: confirmed, refuted or unverifiable, with its reason and evidence. */
    public Checked<Verification> decide(
            VerificationStatus decision, String reason, String decidedBy, Instant at, List<Evidence> evidence) {
        if (!decision.isDecision()) {
            return rejected(
                    ProblemCode.ILLEGAL_TRANSITION,
                    "expected confirmed, refuted or unverifiable, got " + decision.code());
        }
        if (reason == null || reason.isBlank() || decidedBy == null || decidedBy.isBlank()) {
            return rejected(
                    ProblemCode.DECISION_WITHOUT_REASON,
                    "expected the reason for %s and who decided".formatted(decision.code()));
        }
        return move(decision, reason, decidedBy, at, evidence);
    }

    /**
     * Closes the case. A fatal or life-threatening case needs a decision first: "no one could establish
     * whether the patient had died" (Fujita et al. 2024) is the failure this rule exists to prevent.
     */
    public Checked<Verification> close(SeriousnessCriteria seriousness, Instant at) {
        if (isClosed()) {
            return rejected(ProblemCode.ALREADY_CLOSED, "closed at " + closedAt);
        }
        if (seriousness.isFatalOrLifeThreatening() && !status.isDecision()) {
            return rejected(
                    ProblemCode.CLOSED_WITHOUT_DECISION,
                    "expected confirmed, refuted or unverifiable before closing a fatal or life-threatening case, got "
                            + status.code());
        }
        return Checked.accepted(new Verification(status, steps, at));
    }

    private Checked<Verification> move(
            VerificationStatus to, String reason, String by, Instant at, List<Evidence> evidence) {
        if (isClosed()) {
            return rejected(ProblemCode.ALREADY_CLOSED, "closed at " + closedAt);
        }
        if (!status.next().contains(to)) {
            return rejected(
                    ProblemCode.ILLEGAL_TRANSITION, "cannot move from %s to %s".formatted(status.code(), to.code()));
        }
        List<VerificationStep> all = new ArrayList<>(steps);
        all.add(new VerificationStep(status, to, reason, by, at, evidence));
        return Checked.accepted(new Verification(to, all, null));
    }

    private static Checked<Verification> rejected(ProblemCode code, String message) {
        return Checked.rejected(new Problem(code, "verification.status", message));
    }
}
