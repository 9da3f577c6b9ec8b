package org.exovigil.vigilance.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.verification.Attempt;
import org.exovigil.vigilance.verification.Evidence;
import org.exovigil.vigilance.verification.VerificationStatus;
import org.junit.jupiter.api.Test;

/** A rumour of a death, followed to an answer (issue 20). */
class EventInquiryTest {

    private static final Instant OCTOBER = Instant.parse("2023-10-20T01:00:00Z");
    private static final Evidence LETTER = new Evidence(
            Evidence.Kind.DOCUMENT,
            "hospital's letter: the patient was discharged alive",
            "sha256:9f",
            "kato",
            OCTOBER);
    private static final Attempt UNANSWERED =
            new Attempt("Clinic B", OCTOBER.minusSeconds(20 * 86_400L), LocalDate.parse("2023-10-10"), null);

    private static List<ProblemCode> codes(Checked<?> checked) {
        return checked.problems().stream().map(Problem::code).toList();
    }

    private static CaseLink link(String reference) {
        return new CaseLink(reference, CaseLink.Kind.GAVE_RISE, "kato", OCTOBER);
    }

    @Test
    void anAllegedDeathIsDecidedByTwoRegulatorsThenClosed() {
        EventInquiry proposed = EventInquiry.opened(ClaimedOutcome.DEATH)
                .propose(
                        VerificationStatus.REFUTED,
                        "the patient is alive",
                        "kato",
                        OCTOBER,
                        List.of(LETTER),
                        List.of(UNANSWERED),
                        null)
                .value();

        assertThat(proposed.decision()).isNull();
        assertThat(codes(proposed.close("done", "kato", OCTOBER))).containsExactly(ProblemCode.EVENT_UNDECIDED);
        assertThat(codes(proposed.countersign("kato", OCTOBER, "agree")))
                .containsExactly(ProblemCode.COUNTERSIGNED_BY_PROPOSER);

        EventInquiry decided =
                proposed.countersign("suzuki", OCTOBER, "read the letter").value();

        assertThat(decided.decision().countersignature().by()).isEqualTo("suzuki");
        assertThat(decided.decision().proposal().evidence()).containsExactly(LETTER);
        EventInquiry closed =
                decided.close("refuted; nothing to report", "suzuki", OCTOBER).value();
        assertThat(closed.isClosed()).isTrue();
        assertThat(codes(closed.link(link("EXO-2023-0000001")))).containsExactly(ProblemCode.EVENT_CLOSED);
        assertThat(codes(closed.countersign("ito", OCTOBER, "late"))).containsExactly(ProblemCode.EVENT_CLOSED);
    }

    @Test
    void anEventThatIsNotGraveIsDecidedByOneRegulator() {
        EventInquiry decided = EventInquiry.opened(ClaimedOutcome.HOSPITALISATION)
                .propose(
                        VerificationStatus.CONFIRMED,
                        "discharge summary",
                        "kato",
                        OCTOBER,
                        List.of(LETTER),
                        List.of(),
                        "Clinic A")
                .value();

        assertThat(decided.decision().countersignature()).isNull();
        assertThat(decided.decision().clinicNamed()).isEqualTo("Clinic A");
        assertThat(codes(decided.propose(
                        VerificationStatus.REFUTED, "x", "suzuki", OCTOBER, List.of(LETTER), List.of(), null)))
                .containsExactly(ProblemCode.EVENT_DECIDED);
        assertThat(codes(decided.countersign("suzuki", OCTOBER, "agree")))
                .containsExactly(ProblemCode.NOTHING_TO_COUNTERSIGN);
    }

    @Test
    void onlyAConfirmedDecisionNamesAClinicInPublic() {
        for (VerificationStatus outcome : List.of(VerificationStatus.REFUTED, VerificationStatus.UNVERIFIABLE)) {
            assertThat(codes(EventInquiry.opened(ClaimedOutcome.DEATH)
                            .propose(
                                    outcome, "why", "kato", OCTOBER, List.of(LETTER), List.of(UNANSWERED), "Clinic A")))
                    .containsExactly(ProblemCode.CLINIC_NAMED_UNCONFIRMED);
        }
        assertThat(EventInquiry.opened(ClaimedOutcome.DEATH)
                        .propose(VerificationStatus.REFUTED, "why", "kato", OCTOBER, List.of(LETTER), List.of(), " ")
                        .value()
                        .pendingClinic())
                .isNull();
    }

    @Test
    void theDecisionRulesOfCasesHoldForEvents() {
        EventInquiry open = EventInquiry.opened(ClaimedOutcome.LIFE_THREATENING);

        assertThat(codes(open.propose(
                        VerificationStatus.CONFIRMED, "sure", "kato", OCTOBER, List.of(), List.of(), null)))
                .containsExactly(ProblemCode.DECISION_WITHOUT_EVIDENCE);
        assertThat(codes(open.propose(
                        VerificationStatus.UNVERIFIABLE, "nobody knows", "kato", OCTOBER, List.of(), List.of(), null)))
                .containsExactly(ProblemCode.UNVERIFIABLE_WITHOUT_ATTEMPTS);
        assertThat(codes(open.propose(
                        VerificationStatus.REFUTED, " ", "kato", OCTOBER, List.of(LETTER), List.of(), null)))
                .containsExactly(ProblemCode.DECISION_WITHOUT_REASON);
        assertThat(open.propose(
                                VerificationStatus.UNVERIFIABLE,
                                "the clinic never answered",
                                "kato",
                                OCTOBER,
                                List.of(),
                                List.of(UNANSWERED),
                                null)
                        .value()
                        .pending()
                        .attempts())
                .containsExactly(UNANSWERED);
    }

    @Test
    void anEventEndsLinkedToACaseOrClosedWithAReason() {
        EventInquiry open = EventInquiry.opened(ClaimedOutcome.NOT_SAID);

        assertThat(codes(open.close(" ", "kato", OCTOBER))).containsExactly(ProblemCode.EVENT_WITHOUT_ENDING);
        assertThat(open.close("a press release about a conference, no adverse event", "kato", OCTOBER)
                        .value()
                        .closingReason())
                .isEqualTo("a press release about a conference, no adverse event");

        EventInquiry linked = open.link(link("EXO-2023-0000042")).value();
        assertThat(codes(linked.link(link("EXO-2023-0000042")))).containsExactly(ProblemCode.EVENT_LINKED_TWICE);
        assertThat(linked.close("", "kato", OCTOBER).value().links())
                .extracting(CaseLink::caseReference)
                .containsExactly("EXO-2023-0000042");
    }
}
