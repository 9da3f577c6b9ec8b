package org.exovigil.vigilance.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.SeriousnessCriteria;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.junit.jupiter.api.Test;

class VerificationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final SeriousnessCriteria DEATH = new SeriousnessCriteria(Set.of(SeriousnessCriterion.DEATH));
    private static final SeriousnessCriteria HOSPITAL =
            new SeriousnessCriteria(Set.of(SeriousnessCriterion.HOSPITALISATION));
    private static final SeriousnessCriteria NON_SERIOUS = new SeriousnessCriteria(Set.of());

    private static Evidence call() {
        return new Evidence(
                Evidence.Kind.CONTACT,
                "phoned the treating hospital's ward",
                "tel:+81-3-0000-0000",
                "reviewer-7",
                MONDAY);
    }

    private static Evidence certificate() {
        return new Evidence(
                Evidence.Kind.DOCUMENT,
                "death certificate",
                "doc/2026/0042.pdf",
                "reviewer-7",
                MONDAY.plusSeconds(86_400));
    }

    private static Attempt unansweredLetter() {
        return new Attempt("clinic", MONDAY.minusSeconds(30 * 86_400L), LocalDate.parse("2026-11-09"), null);
    }

    private static Verification contacted() {
        return Verification.unverified().contactSource(call(), "asked").value();
    }

    @Test
    void aDeathIsConfirmedOnlyWhenASecondRegulatorCountersignsTheProposal() {
        Verification proposed = contacted()
                .decide(
                        VerificationStatus.CONFIRMED,
                        "certificate names sepsis as cause",
                        "reviewer-7",
                        MONDAY.plusSeconds(86_400),
                        List.of(certificate()),
                        List.of(),
                        DEATH)
                .value();

        assertThat(proposed.status()).isEqualTo(VerificationStatus.SOURCE_CONTACTED);
        assertThat(proposed.pending().decision()).isEqualTo(VerificationStatus.CONFIRMED);
        assertThat(proposed.close(DEATH, MONDAY.plusSeconds(90_000)).problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.CLOSED_WITHOUT_DECISION);

        Verification verified = proposed.countersign("reviewer-9", MONDAY.plusSeconds(90_000), "read the certificate")
                .value();

        assertThat(verified.status()).isEqualTo(VerificationStatus.CONFIRMED);
        assertThat(verified.pending()).isNull();
        VerificationStep decision = verified.steps().getLast();
        assertThat(decision.decidedBy()).isEqualTo("reviewer-7");
        assertThat(decision.evidence()).containsExactly(certificate());
        assertThat(decision.countersignature().by()).isEqualTo("reviewer-9");
        assertThat(verified.close(DEATH, MONDAY.plusSeconds(90_001)).value().isClosed())
                .isTrue();
    }

    @Test
    void theProposerCannotCountersignTheirOwnDecisionWhateverTheCaseOfTheName() {
        Verification proposed = contacted()
                .decide(
                        VerificationStatus.REFUTED,
                        "alive",
                        "reviewer-7",
                        MONDAY,
                        List.of(certificate()),
                        List.of(),
                        DEATH)
                .value();

        assertThat(proposed.countersign(" Reviewer-7 ", MONDAY, "agree").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.COUNTERSIGNED_BY_PROPOSER);
        assertThat(proposed.countersign("reviewer-9", MONDAY, " ").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.DECISION_WITHOUT_REASON);
    }

    @Test
    void aCountersignerWhoDisagreesProposesOtherwiseAndTheFirstMayCountersignThat() {
        Verification disputed = contacted()
                .decide(
                        VerificationStatus.REFUTED,
                        "alive",
                        "reviewer-7",
                        MONDAY,
                        List.of(certificate()),
                        List.of(),
                        DEATH)
                .value()
                .decide(
                        VerificationStatus.CONFIRMED,
                        "the certificate is genuine",
                        "reviewer-9",
                        MONDAY,
                        List.of(certificate()),
                        List.of(),
                        DEATH)
                .value();

        assertThat(disputed.pending().proposedBy()).isEqualTo("reviewer-9");
        assertThat(disputed.countersign("reviewer-7", MONDAY, "convinced")
                        .value()
                        .status())
                .isEqualTo(VerificationStatus.CONFIRMED);
    }

    @Test
    void thereIsNothingToCountersignWithoutAProposal() {
        assertThat(contacted().countersign("reviewer-9", MONDAY, "agree").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.NOTHING_TO_COUNTERSIGN);
    }

    @Test
    void aCaseThatIsNotFatalOrLifeThreateningIsDecidedByOneRegulatorWithEvidence() {
        Verification refuted = contacted()
                .decide(
                        VerificationStatus.REFUTED,
                        "no admission on record",
                        "reviewer-7",
                        MONDAY,
                        List.of(certificate()),
                        List.of(),
                        HOSPITAL)
                .value();

        assertThat(refuted.status()).isEqualTo(VerificationStatus.REFUTED);
        assertThat(refuted.steps().getLast().countersignature()).isNull();
    }

    @Test
    void confirmedAndRefutedNeedEvidence() {
        for (VerificationStatus decision : List.of(VerificationStatus.CONFIRMED, VerificationStatus.REFUTED)) {
            assertThat(contacted()
                            .decide(decision, "sure", "reviewer-7", MONDAY, List.of(), List.of(), HOSPITAL)
                            .problems())
                    .extracting(Problem::code)
                    .containsExactly(ProblemCode.DECISION_WITHOUT_EVIDENCE);
        }
    }

    @Test
    void aDeathCannotBeClosedWithoutADecision() {
        assertThat(contacted().close(DEATH, MONDAY).problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.CLOSED_WITHOUT_DECISION);
        assertThat(Verification.unverified().close(NON_SERIOUS, MONDAY).isAccepted())
                .isTrue();
    }

    @Test
    void nothingIsConfirmedBeforeTheSourceIsContacted() {
        assertThat(Verification.unverified()
                        .decide(
                                VerificationStatus.CONFIRMED,
                                "looks plausible",
                                "reviewer-7",
                                MONDAY,
                                List.of(certificate()),
                                List.of(),
                                HOSPITAL)
                        .problems())
                .extracting(Problem::toString)
                .containsExactly("EXO-1411: verification.status: cannot move from unverified to confirmed");
    }

    @Test
    void unverifiableIsNeverChosenStraightAwayButRestsOnTheAttemptsMade() {
        assertThat(Verification.unverified()
                        .decide(
                                VerificationStatus.UNVERIFIABLE,
                                "anonymous form",
                                "reviewer-7",
                                MONDAY,
                                List.of(),
                                List.of(),
                                HOSPITAL)
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.UNVERIFIABLE_WITHOUT_ATTEMPTS);

        Verification anonymous = Verification.unverified()
                .decide(
                        VerificationStatus.UNVERIFIABLE,
                        "the clinic never answered",
                        "reviewer-7",
                        MONDAY,
                        List.of(),
                        List.of(unansweredLetter()),
                        HOSPITAL)
                .value();

        assertThat(anonymous.status()).isEqualTo(VerificationStatus.UNVERIFIABLE);
        assertThat(anonymous.close(HOSPITAL, MONDAY).isAccepted()).isTrue();
    }

    @Test
    void aDecisionNeedsAReasonAndWhoDecided() {
        assertThat(contacted()
                        .decide(
                                VerificationStatus.REFUTED,
                                "",
                                "reviewer-7",
                                MONDAY,
                                List.of(certificate()),
                                List.of(),
                                HOSPITAL)
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.DECISION_WITHOUT_REASON);
        assertThat(contacted()
                        .decide(
                                VerificationStatus.SOURCE_CONTACTED,
                                "again",
                                "reviewer-7",
                                MONDAY,
                                List.of(),
                                List.of(),
                                HOSPITAL)
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aDecisionIsReopenedOnlyByContactingTheSourceAgainAndAClosedCaseNotAtAll() {
        Verification refuted = contacted()
                .decide(
                        VerificationStatus.REFUTED,
                        "patient alive at follow-up visit",
                        "reviewer-7",
                        MONDAY,
                        List.of(certificate()),
                        List.of(),
                        HOSPITAL)
                .value();

        assertThat(refuted.contactSource(call(), "new report says otherwise")
                        .value()
                        .status())
                .isEqualTo(VerificationStatus.SOURCE_CONTACTED);
        Verification closed = refuted.close(DEATH, MONDAY).value();
        assertThat(closed.contactSource(call(), "late news").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.ALREADY_CLOSED);
        assertThat(closed.countersign("reviewer-9", MONDAY, "late").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.ALREADY_CLOSED);
    }
}
