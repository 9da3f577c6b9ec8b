package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.exovigil.signals.SignalTable.number;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * openEBGM's hand-computed table ({@code tests/testthat/testA_Counts.R}, {@code dat2}): ten one-row reports;
 * the two stratification variables sex and age group are joined into one stratum column.
 */
class ToyTableTest {

    private static final String DAT2 = """
            report_id,product,event,stratum
            1,product_A,event_1,Male/age_cat1
            2,product_B,event_2,Male/age_cat1
            3,product_B,event_2,Male/age_cat1
            4,product_B,event_3,Male/age_cat1
            5,product_C,event_3,Male/age_cat1
            6,product_A,event_2,Female/age_cat1
            7,product_A,event_3,Female/age_cat1
            8,product_B,event_3,Female/age_cat1
            9,product_B,event_3,Male/age_cat2
            10,product_C,event_1,Male/age_cat2
            """;

    /** product, event, N, E, RR, PRR, stratified E; the two pairs with N = 0 are not output. */
    private static final Object[][] HAND = {
        {"product_A", "event_1", 1, 0.6, 1.6667, 2.3333, 0.2},
        {"product_A", "event_2", 1, 0.9, 1.1111, 1.1667, 0.4 + 2.0 / 3},
        {"product_A", "event_3", 1, 1.5, 0.6667, 0.5833, 0.4 + 4.0 / 3},
        {"product_B", "event_2", 2, 1.5, 1.3333, 2.0, 1.2 + 1.0 / 3},
        {"product_B", "event_3", 3, 2.5, 1.2, 1.5, 1.7 + 2.0 / 3},
        {"product_C", "event_1", 1, 0.4, 2.5, 4.0, 0.7},
        {"product_C", "event_3", 1, 1.0, 1.0, 1.0, 0.9},
    };

    @TempDir
    Path dir;

    @Test
    void unstratifiedCountsMatchTheHandCalculation() throws IOException {
        SignalTable table =
                SignalTable.of(write(), HyperparameterChoice.given(CaersReferenceTest.VIGNETTE_THETA), false);
        assertThat(table.rows()).hasSize(HAND.length);
        for (int i = 0; i < HAND.length; i++) {
            Map<String, String> row = table.rows().get(i);
            assertThat(row.get("product")).isEqualTo(HAND[i][0]);
            assertThat(row.get("event")).isEqualTo(HAND[i][1]);
            assertThat(row.get("n")).isEqualTo(String.valueOf(HAND[i][2]));
            assertThat(row.get("n_total")).isEqualTo("10");
            assertThat(number(row, "expected")).isCloseTo((double) HAND[i][3], within(1e-12));
            assertThat(number(row, "n") / number(row, "expected")).isCloseTo((double) HAND[i][4], within(5e-5));
            assertThat(number(row, "prr")).isCloseTo((double) HAND[i][5], within(5e-5));
        }
    }

    @Test
    void stratifiedExpectedCountsMatchTheHandCalculationAndPrrIsNotStratified() throws IOException {
        SignalTable plain =
                SignalTable.of(write(), HyperparameterChoice.given(CaersReferenceTest.VIGNETTE_THETA), false);
        SignalTable table =
                SignalTable.of(write(), HyperparameterChoice.given(CaersReferenceTest.VIGNETTE_THETA), true);
        for (int i = 0; i < HAND.length; i++) {
            Map<String, String> row = table.rows().get(i);
            assertThat(number(row, "expected")).isCloseTo((double) HAND[i][6], within(1e-12));
            assertThat(row.get("prr")).isEqualTo(plain.rows().get(i).get("prr"));
            assertThat(row.get("ror")).isEqualTo(plain.rows().get(i).get("ror"));
        }
        assertThat(table.run().strata())
                .containsExactly(
                        new Stratum("Female/age_cat1", 3),
                        new Stratum("Male/age_cat1", 5),
                        new Stratum("Male/age_cat2", 2));
        assertThat(plain.run().strata()).isEmpty();
    }

    private Path write() throws IOException {
        return Files.writeString(dir.resolve("dat2.csv"), DAT2);
    }
}
