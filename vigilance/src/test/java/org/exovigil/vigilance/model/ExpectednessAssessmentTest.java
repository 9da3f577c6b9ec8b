package org.exovigil.vigilance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.Reports.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectednessAssessmentTest {

    private static final ReferenceSafetyInformation BROCHURE = new ReferenceSafetyInformation(
            "Investigator's brochure v3",
            LocalDate.of(2026, 1, 15),
            Map.of("Dental pulp culture supernatant", Set.of("Fever", "injection site pain")));

    @Test
    void aProductWithoutReferenceSafetyInformationIsUnexpectedForTheClocksAndSaysSo() {
        ExpectednessAssessment assessment =
                ExpectednessAssessment.of(sepsisAfterSupernatant(), ReferenceSafetyInformation.none());

        assertThat(assessment.findings())
                .singleElement()
                .extracting(ExpectednessFinding::expectedness)
                .isEqualTo(Expectedness.UNKNOWN);
        assertThat(assessment.isUnexpectedForClocks()).isTrue();
        assertThat(assessment.firstNotExpected())
                .hasValueSatisfying(f -> assertThat(f.reference()).isNull());
    }

    @Test
    void aListedReactionIsExpectedRegardlessOfCaseAndFullWidthLetters() {
        IndividualCaseSafetyReport report = report(
                RECEIVED,
                physician(),
                adultWoman(),
                List.of(reaction("ＦＥＶＥＲ", ReactionOutcome.RECOVERED)),
                List.of(supernatant()));

        ExpectednessAssessment assessment = ExpectednessAssessment.of(report, BROCHURE);

        assertThat(assessment.findings())
                .singleElement()
                .extracting(ExpectednessFinding::expectedness)
                .isEqualTo(Expectedness.EXPECTED);
        assertThat(assessment.isUnexpectedForClocks()).isFalse();
    }

    @Test
    void aReactionMissingFromTheListIsUnexpected() {
        ExpectednessAssessment assessment = ExpectednessAssessment.of(sepsisAfterSupernatant(), BROCHURE);

        assertThat(assessment.findings())
                .singleElement()
                .extracting(ExpectednessFinding::expectedness)
                .isEqualTo(Expectedness.UNEXPECTED);
        assertThat(assessment.firstNotExpected())
                .hasValueSatisfying(f -> assertThat(f.reference()).isEqualTo("Investigator's brochure v3"));
    }

    @Test
    void concomitantProductsAreNotAssessed() {
        Product concomitant = Product.of(ProductRole.CONCOMITANT, "Saline", null, null, Route.IV, null, null, null)
                .value();
        IndividualCaseSafetyReport report = report(
                RECEIVED,
                physician(),
                adultWoman(),
                List.of(reaction("fever", ReactionOutcome.RECOVERED)),
                List.of(concomitant, supernatant()));

        assertThat(ExpectednessAssessment.of(report, BROCHURE).findings())
                .singleElement()
                .extracting(ExpectednessFinding::productIndex)
                .isEqualTo(1);
    }
}
