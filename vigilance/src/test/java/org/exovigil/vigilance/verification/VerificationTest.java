package org.exovigil.vigilance.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

    @Test
    void aDeathIsConfirmedAfterTheSourceIsContactedWithEvidenceAndWhoDecided() {
        Verification verified = Verification.unverified()
                .contactSource(call(), "asked for the death certificate")
                .value()
                .decide(
                        VerificationStatus.CONFIRMED,
                        "certificate names sepsis as cause",
                        "reviewer-7",
                        MONDAY.plusSeconds(86_400),
                        List.of(certificate()))
                .value();

        assertThat(verified.status()).isEqualTo(VerificationStatus.CONFIRMED);
        assertThat(verified.steps())
                .extracting(VerificationStep::to)
                .containsExactly(VerificationStatus.SOURCE_CONTACTED, VerificationStatus.CONFIRMED);
        assertThat(verified.steps().getLast().evidence()).containsExactly(certificate());
        assertThat(verified.close(DEATH, MONDAY.plusSeconds(90_000)).value().isClosed())
                .isTrue();
    }

    @Test
    void aDeathCannotBeClosedWithoutADecision() {
        Verification contacted =
                Verification.unverified().contactSource(call(), "no answer yet").value();

        assertThat(contacted.close(DEATH, MONDAY).problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.CLOSED_WITHOUT_DECISION);
        assertThat(Verification.unverified().close(NON_SERIOUS, MONDAY).isAccepted())
                .isTrue();
    }

    @Test
    void nothingIsConfirmedBeforeTheSourceIsContacted() {
        assertThat(Verification.unverified()
                        .decide(VerificationStatus.CONFIRMED, "looks plausible", "reviewer-7", MONDAY, List.of())
                        .problems())
                .extracting(Problem::toString)
                .containsExactly("EXO-1411: verification.status: cannot move from unverified to confirmed");
    }

    @Test
    void anAnonymousReportMayBeDeclaredUnverifiableAtOnceWithAReason() {
        Verification anonymous = Verification.unverified()
                .decide(
                        VerificationStatus.UNVERIFIABLE,
                        "anonymous public form, no contact details",
                        "reviewer-7",
                        MONDAY,
                        List.of())
                .value();

        assertThat(anonymous.close(DEATH, MONDAY).isAccepted()).isTrue();
    }

    @Test
    void aDecisionNeedsAReasonAndWhoDecided() {
        Verification contacted =
                Verification.unverified().contactSource(call(), "asked").value();

        assertThat(contacted
                        .decide(VerificationStatus.REFUTED, "", "reviewer-7", MONDAY, List.of())
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.DECISION_WITHOUT_REASON);
        assertThat(contacted
                        .decide(VerificationStatus.SOURCE_CONTACTED, "again", "reviewer-7", MONDAY, List.of())
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aDecisionIsReopenedOnlyByContactingTheSourceAgainAndAClosedCaseNotAtAll() {
        Verification refuted = Verification.unverified()
                .contactSource(call(), "asked")
                .value()
                .decide(VerificationStatus.REFUTED, "patient alive at follow-up visit", "reviewer-7", MONDAY, List.of())
                .value();

        assertThat(refuted.contactSource(call(), "new report says otherwise")
                        .value()
                        .status())
                .isEqualTo(VerificationStatus.SOURCE_CONTACTED);
        assertThat(refuted.close(DEATH, MONDAY)
                        .value()
                        .contactSource(call(), "late news")
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.ALREADY_CLOSED);
    }
}
