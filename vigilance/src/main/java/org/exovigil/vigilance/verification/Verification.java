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
 * Immutable; each operation returns the next state or the problem that forbids it. A decision follows
 * {@link DecisionPolicy}: on a fatal or life-threatening case it is first a proposal, in force once a second
 * regulator countersigns it.
 *
 * @param status   where it stands
 * @param steps    every move, oldest first
 * @param closedAt when the case was closed, null while open
 * @param pending  a decision proposed and awaiting its countersignature, null if none
 */
public record Verification(
        VerificationStatus status, List<VerificationStep> steps, Instant closedAt, Proposal pending) {

    public Verification {
        steps = List.copyOf(steps);
    }

    public Verification(VerificationStatus status, List<VerificationStep> steps, Instant closedAt) {
        this(status, steps, closedAt, null);
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
                List.of(contact),
                null);
    }

    /**
     * A decision: confirmed, refuted or unverifiable, with its reason, the evidence it names and the attempts made.
     * On a fatal or life-threatening case it waits, proposed, for {@link #countersign}; a later proposal replaces
     * it (a countersigner who disagrees proposes otherwise, and the first regulator may countersign that).
     */
    public Checked<Verification> decide(
            VerificationStatus decision,
            String reason,
            String decidedBy,
            Instant at,
            List<Evidence> evidence,
            List<Attempt> attempts,
            SeriousnessCriteria seriousness) {
        if (isClosed()) {
            return rejected(ProblemCode.ALREADY_CLOSED, "closed at " + closedAt);
        }
        if (decision.isDecision() && !status.next().contains(decision)) {
            return rejected(
                    ProblemCode.ILLEGAL_TRANSITION,
                    "cannot move from %s to %s".formatted(status.code(), decision.code()));
        }
        Checked<Proposal> proposed = DecisionPolicy.propose(decision, reason, decidedBy, at, evidence, attempts);
        if (!(proposed instanceof Checked.Accepted<Proposal>(Proposal proposal))) {
            return Checked.rejected(proposed.problems());
        }
        if (seriousness.isFatalOrLifeThreatening()) {
            return Checked.accepted(new Verification(status, steps, null, proposal));
        }
        return move(decision, proposal.reason(), decidedBy, at, evidence, null);
    }

    /** The second regulator agrees with the pending proposal, which then takes effect as the proposer's decision. */
    public Checked<Verification> countersign(String by, Instant at, String reason) {
        if (isClosed()) {
            return rejected(ProblemCode.ALREADY_CLOSED, "closed at " + closedAt);
        }
        if (pending == null) {
            return rejected(ProblemCode.NOTHING_TO_COUNTERSIGN, "no decision on this case awaits a countersignature");
        }
        Checked<Countersignature> signed = DecisionPolicy.countersign(pending, by, at, reason);
        if (!(signed instanceof Checked.Accepted<Countersignature>(Countersignature countersignature))) {
            return Checked.rejected(signed.problems());
        }
        return move(
                pending.decision(),
                pending.reason(),
                pending.proposedBy(),
                pending.proposedAt(),
                pending.evidence(),
                countersignature);
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
        return Checked.accepted(new Verification(status, steps, at, null));
    }

    private Checked<Verification> move(
            VerificationStatus to,
            String reason,
            String by,
            Instant at,
            List<Evidence> evidence,
            Countersignature countersignature) {
        if (isClosed()) {
            return rejected(ProblemCode.ALREADY_CLOSED, "closed at " + closedAt);
        }
        if (!status.next().contains(to)) {
            return rejected(
                    ProblemCode.ILLEGAL_TRANSITION, "cannot move from %s to %s".formatted(status.code(), to.code()));
        }
        List<VerificationStep> all = new ArrayList<>(steps);
        all.add(new VerificationStep(status, to, reason, by, at, evidence, countersignature));
        return Checked.accepted(new Verification(to, all, null, null));
    }

    private static Checked<Verification> rejected(ProblemCode code, String message) {
        return Checked.rejected(new Problem(code, "verification.status", message));
    }
}
