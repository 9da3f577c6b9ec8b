package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How each kind of field turns two cases' values into a weight. */
class ColumnsTest {

    static final FieldModel.HitMiss SEX = new FieldModel.HitMiss(0.051, null, "test");

    @Test
    void aBlankInEitherReportWeighsNothing() {
        var values = new ValueColumn(Field.SEX, SEX, Arrays.asList("female", null, "female", "male"), true);
        var sets = new SetColumn(
                Field.LOTS, new FieldModel.HitMiss(0.1, null, "test"), List.of(Set.of("l1"), Set.of()), 3);

        assertThat(values.weight(0, 1)).isZero();
        assertThat(values.weight(1, 1)).isZero();
        assertThat(values.evidence(0, 1).finding()).isEqualTo("sex blank in one");
        assertThat(sets.weight(0, 1)).isZero();
        assertThat(sets.evidence(0, 1).finding()).isEqualTo("lots blank in one");
    }

    @Test
    void theFrequencyAndTheBlanksAreThoseOfTheDataSet() {
        var values = new ValueColumn(Field.SEX, SEX, Arrays.asList("female", null, "female", "male"), true);
        // one report in four is blank: b = 0.25; "female" is 2 of the 3 recorded values
        double b = 0.25;

        assertThat(values.weight(0, 2)).isCloseTo(HitMissWeights.agreement(0.051, b, 2.0 / 3), within(1e-12));
        assertThat(values.weight(0, 3)).isCloseTo(HitMissWeights.disagreement(0.051, b), within(1e-12));
        assertThat(values.evidence(0, 3).finding()).isEqualTo("sex differs (female, male)");
    }

    @Test
    void aReporterIsNotNamedInTheEvidence() {
        var reporters = new ValueColumn(Field.REPORTER, SEX, List.of("dr aiko sato", "dr aiko sato"), false);

        assertThat(reporters.evidence(0, 1).finding()).isEqualTo("reporter agrees");
    }

    @Test
    void sharedValuesAddTheirAgreementAndAtMostThreeUnsharedTheirDisagreement() {
        var model = new FieldModel.HitMiss(0.107, null, "test");
        var products = new SetColumn(
                Field.PRODUCTS,
                model,
                List.of(Set.of("a", "b"), Set.of("a", "c", "d", "e", "f", "g"), Set.of("h"), Set.of("h")),
                3);
        // "a" is in 2 of 4 reports, b = 0
        double agreeA = HitMissWeights.agreement(0.107, 0, 0.5);
        double disagree = HitMissWeights.disagreement(0.107, 0);

        assertThat(products.weight(0, 1)).isCloseTo(agreeA + 3 * disagree, within(1e-12));
        assertThat(products.evidence(0, 1).finding()).isEqualTo("products: 1 shared (a), 6 unshared (3 penalised)");
        assertThat(products.weight(0, 2)).isCloseTo(3 * disagree, within(1e-12));
        assertThat(products.evidence(2, 3).finding()).isEqualTo("products agree on h");
    }

    @Test
    void anAgeIsComparedByItsDifference() {
        var model = new FieldModel.HitMissMixture(0.036, 0.010, 0.186, 2.1, "test");
        var ages = NumberColumn.ages(
                model,
                List.of(
                        TestReport.report("1").age(40).facts("a"),
                        TestReport.report("2").age(41).facts("b"),
                        TestReport.report("3").age(70).facts("c"),
                        TestReport.report("4").facts("d")));

        assertThat(ages.weight(0, 0)).isGreaterThan(ages.weight(0, 1));
        assertThat(ages.weight(0, 1)).isGreaterThan(ages.weight(0, 2));
        assertThat(ages.weight(0, 2)).isNegative();
        assertThat(ages.weight(0, 3)).isZero();
        assertThat(ages.evidence(0, 1).finding()).isEqualTo("age 1 year apart (40, 41)");
        assertThat(ages.evidence(1, 2).finding()).isEqualTo("age 29 years apart (41, 70)");
    }
}
