package org.exovigil.vigilance.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.verification.Attempt;
import org.exovigil.vigilance.verification.Countersignature;
import org.exovigil.vigilance.verification.DecisionPolicy;
import org.exovigil.vigilance.verification.Evidence;
import org.exovigil.vigilance.verification.Proposal;
import org.exovigil.vigilance.verification.VerificationStatus;

/**
 * The inquiry into one event, from what was alleged to its end. Immutable; each operation returns the next state or
 * the problem that forbids it.
 *
 * <ul>
 *   <li>While open, the event is linked to the cases it gave rise to or matched, each once.
 *   <li>A decision (confirmed, refuted, unverifiable) follows {@link DecisionPolicy}: evidence named, attempts
 *       recorded, reasons given; on an alleged death or life-threatening outcome it is a proposal until a second
 *       regulator countersigns it. An event is decided once.
 *   <li>A clinic is named in public only by a confirmed decision: a refuted or unverifiable allegation must not
 *       brand a clinic that nothing showed at fault.
 *   <li>It closes linked to at least one case or with a reason; an alleged death or life-threatening outcome closes
 *       only decided, so no rumour of a death is left without an answer (the failure of 2023, Fujita et al. 2024).
 * </ul>
 *
 * @param grave         the event alleges a death or a life-threatening outcome
 * @param links         the cases it is linked to, oldest first
 * @param pending       a decision proposed and awaiting its countersignature, null if none
 * @param pendingClinic the clinic the pending proposal would name in public, null for none
 * @param decision      the decision in force, null while undecided
 * @param closedAt      when it was closed, null while open
 * @param closedBy      who closed it
 * @param closingReason why, in words
 */
public record EventInquiry(
        boolean grave,
        List<CaseLink> links,
        Proposal pending,
        String pendingClinic,
        EventDecision decision,
        Instant closedAt,
        String closedBy,
        String closingReason) {

    private static final String PATH = "event";

    public EventInquiry {
        links = List.copyOf(links);
    }

    public static EventInquiry opened(ClaimedOutcome claimed) {
        return new EventInquiry(claimed.isGrave(), List.of(), null, null, null, null, null, null);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Checked<EventInquiry> link(CaseLink link) {
        if (isClosed()) {
            return closed();
        }
        if (links.stream().anyMatch(existing -> existing.caseReference().equals(link.caseReference()))) {
            return rejected(ProblemCode.EVENT_LINKED_TWICE, "already linked to " + link.caseReference());
        }
        List<CaseLink> all = new ArrayList<>(links);
        all.add(link);
        return Checked.accepted(
                new EventInquiry(grave, all, pending, pendingClinic, decision, closedAt, closedBy, closingReason));
    }

    /**
     * Proposes a decision; it takes effect at once unless the event is grave. A later proposal replaces a pending one
     * (a countersigner who disagrees proposes otherwise, and the first regulator may countersign that).
     *
     * @param clinicNamed the clinic to name in public, or null; only a confirmed decision may name one
     */
    public Checked<EventInquiry> propose(
            VerificationStatus outcome,
            String reason,
            String by,
            Instant at,
            List<Evidence> evidence,
            List<Attempt> attempts,
            String clinicNamed) {
        if (isClosed()) {
            return closed();
        }
        if (decision != null) {
            return rejected(
                    ProblemCode.EVENT_DECIDED,
                    "decided %s by %s"
                            .formatted(
                                    decision.proposal().decision().code(),
                                    decision.proposal().proposedBy()));
        }
        Checked<Proposal> proposed = DecisionPolicy.propose(outcome, reason, by, at, evidence, attempts);
        if (!(proposed instanceof Checked.Accepted<Proposal>(Proposal proposal))) {
            return Checked.rejected(proposed.problems());
        }
        String named = clinicNamed == null || clinicNamed.isBlank() ? null : clinicNamed.strip();
        if (named != null && outcome != VerificationStatus.CONFIRMED) {
            return rejected(
                    ProblemCode.CLINIC_NAMED_UNCONFIRMED,
                    "a %s decision cannot name %s in public".formatted(outcome.code(), named));
        }
        if (grave) {
            return Checked.accepted(new EventInquiry(grave, links, proposal, named, null, null, null, null));
        }
        return Checked.accepted(
                new EventInquiry(grave, links, null, null, new EventDecision(proposal, null, named), null, null, null));
    }

    /** The second regulator agrees with the pending proposal, which then takes effect. */
    public Checked<EventInquiry> countersign(String by, Instant at, String reason) {
        if (isClosed()) {
            return closed();
        }
        if (pending == null) {
            return rejected(ProblemCode.NOTHING_TO_COUNTERSIGN, "no decision on this event awaits a countersignature");
        }
        Checked<Countersignature> signed = DecisionPolicy.countersign(pending, by, at, reason);
        if (!(signed instanceof Checked.Accepted<Countersignature>(Countersignature countersignature))) {
            return Checked.rejected(signed.problems());
        }
        return Checked.accepted(new EventInquiry(
                grave,
                links,
                null,
                null,
                new EventDecision(pending, countersignature, pendingClinic),
                null,
                null,
                null));
    }

    public Checked<EventInquiry> close(String reason, String by, Instant at) {
        if (isClosed()) {
            return closed();
        }
        if (grave && decision == null) {
            return rejected(
                    ProblemCode.EVENT_UNDECIDED,
                    "expected a countersigned confirmed, refuted or unverifiable decision before closing an event"
                            + " that alleges a death or a life-threatening outcome");
        }
        boolean reasoned = reason != null && !reason.isBlank();
        if (links.isEmpty() && !reasoned) {
            return rejected(
                    ProblemCode.EVENT_WITHOUT_ENDING, "expected a linked case or the reason for closing without one");
        }
        if (by == null || by.isBlank()) {
            return rejected(ProblemCode.DECISION_WITHOUT_REASON, "expected who closes the event");
        }
        return Checked.accepted(
                new EventInquiry(grave, links, null, null, decision, at, by, reasoned ? reason.strip() : ""));
    }

    private Checked<EventInquiry> closed() {
        return rejected(ProblemCode.EVENT_CLOSED, "closed at " + closedAt);
    }

    private static Checked<EventInquiry> rejected(ProblemCode code, String message) {
        return Checked.rejected(new Problem(code, PATH, message));
    }
}
