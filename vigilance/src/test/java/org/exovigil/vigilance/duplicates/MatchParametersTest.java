package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.Test;

class MatchParametersTest {

    @Test
    void theBundledFileHoldsVigiMatchsPublishedFigures() {
        MatchParameters parameters = MatchParameters.bundled();

        assertThat(parameters.fields()).containsOnlyKeys(Field.values());
        assertThat(parameters.fields().get(Field.AGE))
                .isEqualTo(new FieldModel.HitMissMixture(
                        0.036,
                        0.010,
                        0.186,
                        2.1,
                        parameters.fields().get(Field.AGE).source()));
        assertThat(parameters.fields().get(Field.ONSET))
                .isEqualTo(new FieldModel.HitMissMixture(
                        0.051,
                        0.01,
                        0.229,
                        50.2,
                        parameters.fields().get(Field.ONSET).source()));
        assertThat(((FieldModel.HitMiss) parameters.fields().get(Field.SEX)).miss())
                .isEqualTo(0.051);
        assertThat(((FieldModel.HitMiss) parameters.fields().get(Field.COUNTRY)).miss())
                .isEqualTo(0.036);
        assertThat(((FieldModel.HitMiss) parameters.fields().get(Field.PRODUCTS)).miss())
                .isEqualTo(0.107);
        assertThat(((FieldModel.HitMiss) parameters.fields().get(Field.EVENTS)).miss())
                .isEqualTo(0.387);
        assertThat(parameters.fields().get(Field.SEX).blank())
                .as("observed in the data")
                .isNull();
        assertThat(parameters.maxBlock()).isGreaterThan(1);
        assertThat(parameters.maxUnsharedPenalised()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void notYamlIsRefusedWithItsCode() {
        var read = MatchParameters.read("fields: [unclosed");

        assertThat(read.problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.DUPLICATE_PARAMETERS_UNREADABLE);
        assertThat(read.problems().getFirst().toString()).startsWith("EXO-1501: ");
    }

    @Test
    void everySchemaErrorNamesItsPlace() {
        String yaml = bundledText()
                .replace(
                        "  lots:\n    model: hit_miss\n    miss: 0.1\n",
                        "  lotz:\n    model: hit_miss\n    miss: 0.1\n")
                .replace(
                        "    miss: 0.051\n    source: \"vigiMatch via DiAna Cleaning_script.R (sex)\"",
                        "    miss: 1.5\n    source: \"x\"")
                .replace(
                        "    model: hit_miss_mixture\n    deviation: 0.036",
                        "    model: hit_miss\n    deviation: 0.036")
                .replace("reviewed: 2026-11-23", "reviewed: 2026-02-30");

        var read = MatchParameters.read(yaml);

        assertThat(read.isAccepted()).isFalse();
        assertThat(read.problems()).allMatch(p -> p.code() == ProblemCode.DUPLICATE_PARAMETER_INVALID);
        assertThat(read.problems())
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "reviewed", "fields.age.model", "fields.sex.miss", "fields.lots", "fields.lotz");
    }

    @Test
    void theThresholdCanBeMovedToMeasureItsEffect() {
        MatchParameters parameters = MatchParameters.bundled();

        assertThat(parameters.withThreshold(7.5).threshold()).isEqualTo(7.5);
        assertThat(parameters.withThreshold(7.5).fields()).isEqualTo(parameters.fields());
    }

    private static String bundledText() {
        try (var in = MatchParameters.class.getResourceAsStream(MatchParameters.BUNDLED)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
