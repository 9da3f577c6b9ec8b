package org.exovigil.vigilance.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.Reports.*;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.DayZero;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportIdentification;
import org.junit.jupiter.api.Test;

class CaseHistoryTest {

    private static IndividualCaseSafetyReport followUpOn(IndividualCaseSafetyReport report, LocalDate infoOn) {
        ReportIdentification id = report.identification();
        return report.withIdentification(ReportIdentification.of(
                        id.senderReportId(),
                        id.worldwideUniqueId(),
                        1,
                        id.receivedOn(),
                        infoOn,
                        id.type(),
                        id.occurrenceCountry(),
                        null)
                .value());
    }

    @Test
    void aFollowUpBecomesTheNextVersionAndLeavesTheEarlierOnesUntouched() {
        CaseHistory initial = CaseHistory.start(sepsisAfterSupernatant());
        IndividualCaseSafetyReport death = report(
                RECEIVED,
                physician(),
                adultWoman(),
                List.of(reaction("sepsis", ReactionOutcome.FATAL)),
                List.of(supernatant()));

        CaseHistory followed =
                initial.followUp(followUpOn(death, LocalDate.of(2026, 11, 25))).value();

        assertThat(followed.versions()).hasSize(2);
        assertThat(followed.current().identification().version()).isEqualTo(2);
        assertThat(followed.current().identification().receivedOn()).isEqualTo(RECEIVED);
        assertThat(followed.current().identification().mostRecentInfoOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(followed.versions().getFirst()).isEqualTo(initial.current());
        assertThat(initial.versions()).hasSize(1);
    }

    @Test
    void aFollowUpThatCompletesAnInvalidCaseSetsDayZero() {
        IndividualCaseSafetyReport noPatient = report(
                RECEIVED,
                physician(),
                Patient.UNKNOWN,
                List.of(reaction("death", ReactionOutcome.FATAL)),
                List.of(supernatant()));
        CaseHistory history = CaseHistory.start(noPatient);

        CaseHistory completed = history.followUp(followUpOn(sepsisAfterSupernatant(), LocalDate.of(2026, 12, 1)))
                .value();

        assertThat(history.dayZero()).isEmpty();
        assertThat(completed.dayZero()).contains(new DayZero(LocalDate.of(2026, 12, 1), 2));
    }

    @Test
    void aFollowUpCannotBeOlderThanTheCurrentVersionNorBelongToAnotherCase() {
        CaseHistory history = CaseHistory.start(sepsisAfterSupernatant())
                .followUp(followUpOn(sepsisAfterSupernatant(), LocalDate.of(2026, 11, 25)))
                .value();
        IndividualCaseSafetyReport other = sepsisAfterSupernatant()
                .withIdentification(ReportIdentification.initial("OTHER-1", LocalDate.of(2026, 11, 20), null, "JP")
                        .value());

        assertThat(history.followUp(followUpOn(sepsisAfterSupernatant(), LocalDate.of(2026, 11, 22)))
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.FOLLOW_UP_OLDER_THAN_CASE);
        assertThat(history.followUp(other).problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.FOLLOW_UP_OF_ANOTHER_CASE, ProblemCode.FOLLOW_UP_OLDER_THAN_CASE);
    }

    @Test
    void aNullifiedCaseKeepsItsVersionsTakesNoFollowUpAndSaysWhy() {
        CaseHistory nullified = CaseHistory.start(sepsisAfterSupernatant())
                .nullify("duplicate of JP-EXO-2026-0007", LocalDate.of(2026, 12, 2))
                .value();

        assertThat(nullified.isNullified()).isTrue();
        assertThat(nullified.versions()).hasSize(2);
        assertThat(nullified.current().identification().nullification().reason())
                .isEqualTo("duplicate of JP-EXO-2026-0007");
        assertThat(nullified.current().reactions())
                .isEqualTo(sepsisAfterSupernatant().reactions());
        assertThat(nullified
                        .followUp(followUpOn(sepsisAfterSupernatant(), LocalDate.of(2026, 12, 3)))
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.FOLLOW_UP_OF_NULLIFIED_CASE);
    }

    @Test
    void aNullificationNeedsAReason() {
        assertThat(CaseHistory.start(sepsisAfterSupernatant())
                        .nullify(" ", LocalDate.of(2026, 12, 2))
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.NULLIFICATION_WITHOUT_REASON);
    }
}
