package org.exovigil.vigilance.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * What a decision on whether something happened must rest on (issue 20), for a case's verification and for an
 * event alike:
 *
 * <ol>
 *   <li>every decision gives its reasons and who made it;
 *   <li>{@code confirmed} and {@code refuted} name at least one piece of evidence;
 *   <li>{@code unverifiable} rests on the record of the attempts made, none of them still within its time (a
 *       request not yet due has not failed);
 *   <li>a decision on a death or a life-threatening outcome takes effect only when a second regulator, not the
 *       proposer, countersigns it with reasons of their own (four eyes; the failure of 2023 was that no one could
 *       say whether a patient had died, Fujita et al. 2024).
 * </ol>
 *
 * Days are UTC days: a due date is a calendar date and the core has no reader's zone.
 */
public final class DecisionPolicy {

    private static final String PATH = "verification.decision";

    /**
     * The longest reason of a decision, in characters: Unicode code points, as PostgreSQL's length() counts them in
     * the checks of report_verification_proposal (V43) and event_proposal (V44), which keep the same limit.
     */
    public static final int LONGEST_REASON = 4000;

    private DecisionPolicy() {}

    public static Checked<Proposal> propose(
            VerificationStatus decision,
            String reason,
            String by,
            Instant at,
            List<Evidence> evidence,
            List<Attempt> attempts) {
        if (!decision.isDecision()) {
            return rejected(
                    ProblemCode.ILLEGAL_TRANSITION,
                    "expected confirmed, refuted or unverifiable, got " + decision.code());
        }
        if (blank(reason) || blank(by)) {
            return rejected(
                    ProblemCode.DECISION_WITHOUT_REASON,
                    "expected the reason for %s and who decided".formatted(decision.code()));
        }
        String kept = reason.strip();
        int length = kept.codePointCount(0, kept.length());
        if (length > LONGEST_REASON) {
            return rejected(
                    ProblemCode.DECISION_REASON_TOO_LONG,
                    "expected the reason in at most %d characters, got %d".formatted(LONGEST_REASON, length));
        }
        boolean named = !evidence.isEmpty() && evidence.stream().noneMatch(item -> blank(item.description()));
        if (decision != VerificationStatus.UNVERIFIABLE && !named) {
            return rejected(
                    ProblemCode.DECISION_WITHOUT_EVIDENCE,
                    "expected at least one piece of evidence, named, for %s".formatted(decision.code()));
        }
        if (decision == VerificationStatus.UNVERIFIABLE) {
            if (attempts.isEmpty()) {
                return rejected(
                        ProblemCode.UNVERIFIABLE_WITHOUT_ATTEMPTS,
                        "expected the record of attempts (requests sent, answered or not) before unverifiable");
            }
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            for (Attempt attempt : attempts) {
                if (attempt.awaitingAnswerOn(day)) {
                    return rejected(
                            ProblemCode.ATTEMPT_STILL_OPEN,
                            "the request to %s sent %s is due on %s and not yet answered"
                                    .formatted(
                                            attempt.askedOf(),
                                            LocalDate.ofInstant(attempt.sentAt(), ZoneOffset.UTC),
                                            attempt.dueOn()));
                }
            }
        }
        return Checked.accepted(new Proposal(decision, reason.strip(), by, at, evidence, attempts));
    }

    /** The second regulator's agreement: with reasons, and never the proposer's own. */
    public static Checked<Countersignature> countersign(Proposal proposal, String by, Instant at, String reason) {
        if (blank(reason) || blank(by)) {
            return rejected(
                    ProblemCode.DECISION_WITHOUT_REASON, "expected the countersigner's reason and who countersigns");
        }
        if (same(by, proposal.proposedBy())) {
            return rejected(
                    ProblemCode.COUNTERSIGNED_BY_PROPOSER,
                    "%s proposed %s and cannot countersign it; a second regulator must"
                            .formatted(
                                    proposal.proposedBy(), proposal.decision().code()));
        }
        return Checked.accepted(new Countersignature(by, at, reason.strip()));
    }

    private static boolean same(String one, String other) {
        return one.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> Checked<T> rejected(ProblemCode code, String message) {
        return Checked.rejected(new Problem(code, PATH, message));
    }
}
