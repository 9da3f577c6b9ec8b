package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Sex;
import org.junit.jupiter.api.Test;

/** The vigiGrade penalties of Bergvall et al. 2014, Table 1, for the dimensions the case model holds. */
class CompletenessTest {

    static final LocalDate ONSET = LocalDate.of(2025, 3, 2);

    static TestReport complete() {
        return TestReport.report("S-1")
                .age(40)
                .sex(Sex.FEMALE)
                .country("JP")
                .reaction("rash", ONSET, ReactionOutcome.RECOVERED)
                .dosedProduct("Exosome Serum", ONSET.minusDays(1))
                .reporter("Dr Sato", null, Qualification.PHYSICIAN)
                .narrative("Rash on the day after the infusion.");
    }

    @Test
    void aReportWithEveryDimensionScoresOne() {
        assertThat(Completeness.of(complete().build())).isEqualTo(Completeness.FULL);
    }

    @Test
    void aMissingTimeToOnsetHalvesTheScore() {
        var report = complete().build();
        var withoutStart = TestReport.report("S-1")
                .age(40)
                .sex(Sex.FEMALE)
                .country("JP")
                .reaction("rash", ONSET, ReactionOutcome.RECOVERED)
                .dosedProduct("Exosome Serum", null)
                .reporter("Dr Sato", null, Qualification.PHYSICIAN)
                .narrative("Rash.")
                .build();

        assertThat(Completeness.of(report).score()).isEqualTo(1.0);
        Completeness completeness = Completeness.of(withoutStart);
        assertThat(completeness.score()).isCloseTo(0.5, within(1e-12));
        assertThat(completeness.missing()).containsExactly(CompletenessDimension.TIME_TO_ONSET);
    }

    @Test
    void penaltiesMultiply() {
        var report = complete().age(null).sex(Sex.UNKNOWN).narrative(null).build();

        Completeness completeness = Completeness.of(report);

        assertThat(completeness.score()).isCloseTo(0.7 * 0.7 * 0.9, within(1e-12));
        assertThat(completeness.missing())
                .containsExactlyInAnyOrder(
                        CompletenessDimension.AGE, CompletenessDimension.SEX, CompletenessDimension.COMMENTS);
    }

    @Test
    void anAgeGroupInsteadOfAnAgeCostsATenth() {
        var report = complete().age(null).ageGroup(AgeGroup.ADULT).build();

        assertThat(Completeness.of(report).score()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void anEmptyReportKeepsWhatNoDimensionCanTakeAway() {
        var report = TestReport.report("S-1")
                .type(ReportType.NOT_AVAILABLE_TO_SENDER)
                .build();

        // every dimension but the indication, which the case model does not hold
        double expected = 0.5 * 0.7 * 0.7 * 0.7 * 0.9 * 0.9 * 0.9 * 0.9 * 0.9;
        assertThat(Completeness.of(report).score()).isCloseTo(expected, within(1e-12));
        assertThat(Completeness.of(report).missing()).containsExactlyInAnyOrder(CompletenessDimension.values());
    }
}
