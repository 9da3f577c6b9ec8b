package org.exovigil.vigilance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.Test;

class FactoriesTest {

    @Test
    void everyProblemOfAPatientIsReportedNotOnlyTheFirst() {
        Checked<Patient> patient = Patient.of("A".repeat(61), 200, null, Sex.MALE, BigDecimal.ZERO);

        assertThat(patient.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.TOO_LONG, "initials"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.OUT_OF_RANGE, "ageYears"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.OUT_OF_RANGE, "weightKg"));
    }

    @Test
    void aProblemReadsAsCodePathAndMessage() {
        Problem problem = new Problem(ProblemCode.NOT_A_DATE, "onset", "expected a date (YYYY-MM-DD), got \"18/11\"")
                .under("reactions[0]");

        assertThat(problem).hasToString("EXO-1203: reactions[0].onset: expected a date (YYYY-MM-DD), got \"18/11\"");
    }

    @Test
    void lengthsCountCharactersNotBytesSoJapaneseNamesFit() {
        String sixtyKanji = "山".repeat(60);

        assertThat(Patient.of(sixtyKanji, null, null, null, null).isAccepted()).isTrue();
        assertThat(Patient.of(sixtyKanji + "田", null, null, null, null).problems())
                .extracting(Problem::message)
                .containsExactly("expected at most 60 characters, got 61");
    }

    @Test
    void aReactionNeedsATerm() {
        assertThat(Reaction.of("  ", null, null, null, null).problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.MISSING, "term"));
    }

    @Test
    void theIdentificationDefaultsLikeAFirstSendersOwnReport() {
        ReportIdentification id = ReportIdentification.initial("S-1", LocalDate.of(2026, 1, 2), null, null)
                .value();

        assertThat(id.worldwideUniqueId()).isEqualTo("S-1");
        assertThat(id.mostRecentInfoOn()).isEqualTo(id.receivedOn());
        assertThat(id.type()).isEqualTo(ReportType.SPONTANEOUS);
        assertThat(id.version()).isEqualTo(1);
    }

    @Test
    void anUnknownCountryCodeIsRejected() {
        assertThat(ReportIdentification.initial("S-1", LocalDate.of(2026, 1, 2), null, "XX")
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.NOT_IN_CODE_LIST);
    }

    @Test
    void aReactionCannotBeginAfterTheReportAboutItWasReceived() {
        ReportIdentification id = ReportIdentification.initial("S-1", LocalDate.of(2026, 1, 2), null, null)
                .value();
        Reaction later =
                Reaction.of("rash", null, LocalDate.of(2026, 1, 3), null, null).value();

        assertThat(IndividualCaseSafetyReport.of(
                                id, List.of(), Patient.UNKNOWN, List.of(later), List.of(), List.of(), null)
                        .problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "EXO-1207: reactions[0].onset: expected a date on or before receivedOn 2026-01-02, got 2026-01-03");
    }

    @Test
    void aNarrativeMayBeAsLongAsE2bAllowsAndNoLonger() {
        ReportIdentification id = ReportIdentification.initial("S-1", LocalDate.of(2026, 1, 2), null, null)
                .value();

        assertThat(IndividualCaseSafetyReport.of(
                                id, List.of(), Patient.UNKNOWN, List.of(), List.of(), List.of(), "x".repeat(100_000))
                        .isAccepted())
                .isTrue();
        assertThat(IndividualCaseSafetyReport.of(
                                id, List.of(), Patient.UNKNOWN, List.of(), List.of(), List.of(), "x".repeat(100_001))
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.TOO_LONG);
    }

    @Test
    void aRelatednessAssessmentMustConcernOneOfTheReportsReactions() {
        IndividualCaseSafetyReport report = org.exovigil.vigilance.Reports.sepsisAfterSupernatant();
        Product assessed = Product.of(
                        ProductRole.SUSPECT,
                        "Supernatant",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        DrugDetails.of(
                                null,
                                List.of(),
                                null,
                                null,
                                List.of(),
                                null,
                                List.of(new Relatedness(
                                        3, List.of(new Relatedness.Assessment("reporter", null, "related")))),
                                List.of()))
                .value();

        Checked<IndividualCaseSafetyReport> checked = IndividualCaseSafetyReport.of(
                report.identification(),
                report.primarySources(),
                report.patient(),
                report.reactions(),
                List.of(assessed),
                report.tests(),
                report.narrative());

        assertThat(checked.problems())
                .extracting(Problem::path)
                .containsExactly("products[0].details.relatedness[0].reaction");
    }

    @Test
    void anAgeInAnyUnitGivesItsCompletedYearsAndNoNumberCanStallIt() {
        assertThat(Patient.completedYears(Quantity.of(new BigDecimal("19"), "mo")))
                .isEqualTo(1);
        assertThat(Patient.completedYears(Quantity.of(new BigDecimal("3"), "{decade}")))
                .isEqualTo(30);
        assertThat(Patient.completedYears(Quantity.of(new BigDecimal("400"), "d")))
                .isEqualTo(1);
        assertThat(Patient.completedYears(Quantity.of(new BigDecimal("2"), "kg")))
                .isNull();
        assertThat(Patient.completedYears(Quantity.of(new BigDecimal("-99999999999999999999"), "a")))
                .isEqualTo(Integer.MIN_VALUE);
        assertThat(Patient.completedYears(Quantity.of(new BigDecimal("1e9999999"), "h")))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(Patient.completedYears(Quantity.of(new BigDecimal("1e-999999999"), "d")))
                .isZero();
        // The patient then refuses what is no human age.
        assertThat(Patient.of(null, Integer.MIN_VALUE, null, null, null).problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.OUT_OF_RANGE);
    }

    @Test
    void anAddressKeepsEachStreetLineAndTheLengthOfTheIgHoldsForEachLine() {
        String line = "x".repeat(60);

        assertThat(Sender.of(
                                SenderType.OTHER,
                                "Org",
                                null,
                                null,
                                null,
                                null,
                                null,
                                line + "\n" + line,
                                null,
                                null,
                                null,
                                "JP",
                                null,
                                null,
                                null)
                        .problems())
                .isEmpty();
        assertThat(Sender.of(
                                SenderType.OTHER,
                                "Org",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "x".repeat(101),
                                null,
                                null,
                                null,
                                "JP",
                                null,
                                null,
                                null)
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.TOO_LONG);
    }
}
