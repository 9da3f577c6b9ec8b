package org.exovigil.vigilance.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.Test;

/** The rules every decision on whether something happened follows, for cases and events alike (issue 20). */
class DecisionPolicyTest {

    private static final Instant DAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Evidence AUTOPSY =
            new Evidence(Evidence.Kind.DOCUMENT, "autopsy report 検案書", "sha256:ab12", "regulator-a", DAY);

    private static List<ProblemCode> codes(org.exovigil.vigilance.Checked<?> checked) {
        return checked.problems().stream().map(Problem::code).toList();
    }

    @Test
    void confirmedNamesItsEvidence() {
        Proposal proposal = DecisionPolicy.propose(
                        VerificationStatus.CONFIRMED, "  autopsy  ", "regulator-a", DAY, List.of(AUTOPSY), List.of())
                .value();

        assertThat(proposal.evidence()).containsExactly(AUTOPSY);
        assertThat(proposal.reason()).isEqualTo("autopsy");
    }

    @Test
    void evidenceWithoutANameIsNoEvidence() {
        Evidence unnamed = new Evidence(Evidence.Kind.NOTE, "  ", null, "regulator-a", DAY);

        assertThat(codes(DecisionPolicy.propose(
                        VerificationStatus.REFUTED, "alive", "regulator-a", DAY, List.of(AUTOPSY, unnamed), List.of())))
                .containsExactly(ProblemCode.DECISION_WITHOUT_EVIDENCE);
        assertThat(codes(DecisionPolicy.propose(
                        VerificationStatus.REFUTED, "alive", "regulator-a", DAY, List.of(), List.of())))
                .containsExactly(ProblemCode.DECISION_WITHOUT_EVIDENCE);
    }

    @Test
    void everyDecisionGivesReasonsAndWhoMadeIt() {
        for (String blank : new String[] {null, "", " \t\n"}) {
            assertThat(codes(DecisionPolicy.propose(
                            VerificationStatus.CONFIRMED, blank, "regulator-a", DAY, List.of(AUTOPSY), List.of())))
                    .containsExactly(ProblemCode.DECISION_WITHOUT_REASON);
            assertThat(codes(DecisionPolicy.propose(
                            VerificationStatus.CONFIRMED, "autopsy", blank, DAY, List.of(AUTOPSY), List.of())))
                    .containsExactly(ProblemCode.DECISION_WITHOUT_REASON);
        }
    }

    @Test
    void onlyThreeOutcomesAreDecisions() {
        assertThat(codes(DecisionPolicy.propose(
                        VerificationStatus.SOURCE_CONTACTED, "x", "regulator-a", DAY, List.of(AUTOPSY), List.of())))
                .containsExactly(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void unverifiableRestsOnAttemptsThatHaveRunTheirCourse() {
        Attempt answered = new Attempt("hospital", DAY.minusSeconds(864_000), LocalDate.parse("2026-12-31"), DAY);
        Attempt lapsed = new Attempt("clinic", DAY.minusSeconds(864_000), LocalDate.parse("2026-11-22"), null);
        Attempt dueToday = new Attempt("coroner", DAY.minusSeconds(864_000), LocalDate.parse("2026-11-23"), null);
        Attempt call = new Attempt("reporter", DAY.minusSeconds(3600), null, null);

        assertThat(codes(DecisionPolicy.propose(
                        VerificationStatus.UNVERIFIABLE, "no answer", "regulator-a", DAY, List.of(), List.of())))
                .containsExactly(ProblemCode.UNVERIFIABLE_WITHOUT_ATTEMPTS);
        assertThat(DecisionPolicy.propose(
                                VerificationStatus.UNVERIFIABLE,
                                "no answer",
                                "regulator-a",
                                DAY,
                                List.of(),
                                List.of(answered, lapsed, call))
                        .value()
                        .attempts())
                .hasSize(3);
        assertThat(DecisionPolicy.propose(
                                VerificationStatus.UNVERIFIABLE,
                                "no answer",
                                "regulator-a",
                                DAY,
                                List.of(),
                                List.of(lapsed, dueToday))
                        .problems())
                .extracting(Problem::toString)
                .containsExactly("EXO-1417: verification.decision: the request to coroner sent 2026-11-13 is due on"
                        + " 2026-11-23 and not yet answered");
    }

    @Test
    void aCountersignatureIsAnotherPersonsWithReasons() {
        Proposal proposal = DecisionPolicy.propose(
                        VerificationStatus.CONFIRMED, "autopsy", "Regulator-A", DAY, List.of(AUTOPSY), List.of())
                .value();

        assertThat(codes(DecisionPolicy.countersign(proposal, "regulator-a ", DAY, "agree")))
                .containsExactly(ProblemCode.COUNTERSIGNED_BY_PROPOSER);
        assertThat(codes(DecisionPolicy.countersign(proposal, "regulator-b", DAY, "")))
                .containsExactly(ProblemCode.DECISION_WITHOUT_REASON);
        assertThat(DecisionPolicy.countersign(proposal, "regulator-b", DAY, "read it too")
                        .value()
                        .by())
                .isEqualTo("regulator-b");
    }

    /** The record keeps a decision's reason to 4000 characters (V43, V44), counted as code points once stripped. */
    @Test
    void aReasonIsKeptAtFourThousandCharactersAndRefusedOneOver() {
        String longest = "検".repeat(DecisionPolicy.LONGEST_REASON);
        assertThat(DecisionPolicy.propose(
                                VerificationStatus.CONFIRMED,
                                " " + longest + " ",
                                "regulator-a",
                                DAY,
                                List.of(AUTOPSY),
                                List.of())
                        .value()
                        .reason())
                .hasSize(4000);
        assertThat(DecisionPolicy.propose(
                                VerificationStatus.CONFIRMED,
                                "🦠".repeat(4000),
                                "regulator-a",
                                DAY,
                                List.of(AUTOPSY),
                                List.of())
                        .isAccepted())
                .isTrue();

        var over = DecisionPolicy.propose(
                VerificationStatus.CONFIRMED, longest + "検", "regulator-a", DAY, List.of(AUTOPSY), List.of());
        assertThat(codes(over)).containsExactly(ProblemCode.DECISION_REASON_TOO_LONG);
        assertThat(over.problems().getFirst().message())
                .isEqualTo("expected the reason in at most 4000 characters, got 4001");
    }
}
