package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.exovigil.signals.SignalTable.number;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** pvda's printed examples (Disproportionality_analysis vignette, v0.0.4) and the domain notes' 2x2 vectors. */
class PvdaReferenceTest {

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void prrOfTheVignette() {
        ContingencyTable table = ContingencyTable.of(10, 1000, 200 + 10, 10_000 + 1000);
        assertThat(table.a() + table.b()).isEqualTo(1000);
        assertThat(table.c()).isEqualTo(200);
        assertThat(table.c() + table.d()).isEqualTo(10_000);
        assertThat(table.prr()).isCloseTo(0.5, within(1e-12));
        assertThat(table.prrLower()).isCloseTo(0.266, within(5e-4));
        assertThat(table.prrUpper()).isCloseTo(0.940, within(5e-4));
    }

    @Test
    void rorOfTheVignette() {
        ContingencyTable table = new ContingencyTable(10, 20, 200, 10_000);
        assertThat(table.ror()).isCloseTo(25, within(1e-12));
        assertThat(table.rorLower()).isCloseTo(11.6, within(0.05));
        assertThat(table.rorUpper()).isCloseTo(54.1, within(0.05));
    }

    @Test
    void icOfTheVignetteWithExactGammaBounds() {
        InformationComponent ic = InformationComponent.forCounts(new int[] {1, 10});
        assertThat(InformationComponent.ic(10, 5)).isCloseTo(0.933, within(5e-4));
        assertThat(ic.ic025(10, 5)).isCloseTo(-0.0973, within(5e-5));
        assertThat(ic.ic975(10, 5)).isCloseTo(1.69, within(5e-3));
        assertThat(InformationComponent.ic(1, 1)).isZero();
        assertThat(ic.ic025(1, 1)).isCloseTo(-3.797, within(5e-4));
    }

    @Test
    void evansStatisticsOfTheSameTable() {
        ContingencyTable table = new ContingencyTable(10, 20, 200, 10_000);
        assertThat(table.prr()).isCloseTo(17.0, within(0.05));
        assertThat(table.prrLower()).isCloseTo(10.06, within(0.005));
        assertThat(table.prrUpper()).isCloseTo(28.72, within(0.005));
        assertThat(table.chiSquare()).isCloseTo(146.42, within(0.005));
        assertThat(table.expected()).isCloseTo(0.61584, within(5e-6));
        InformationComponent ic = InformationComponent.forCounts(new int[] {10});
        assertThat(InformationComponent.ic(10, table.expected())).isCloseTo(3.2342, within(5e-5));
        assertThat(ic.ic025(10, table.expected())).isCloseTo(2.2041, within(5e-5));
        assertThat(ic.ic975(10, table.expected())).isCloseTo(3.9908, within(5e-5));
    }

    @Test
    void drugZEventOneOfTheSimulatedDatabase() throws IOException {
        SignalTable table = SignalTable.of(
                ReferenceData.file("pvda_simulated/drug_event_df.csv"),
                HyperparameterChoice.given(CaersReferenceTest.VIGNETTE_THETA),
                false);
        assertThat(table.rows()).hasSize(1_306);
        assertThat(table.run().reports()).isEqualTo(1_000);
        Map<String, String> row = table.row("Drug_Z", "Event_1");
        assertThat(row.get("n")).isEqualTo("88");
        assertThat(row.get("n_product")).isEqualTo("151");
        assertThat(row.get("n_event")).isEqualTo("368");
        assertThat(number(row, "expected")).isCloseTo(55.6, within(0.05));
        assertThat(number(row, "ic")).isCloseTo(0.66, within(0.005));
        assertThat(number(row, "ic025")).isCloseTo(0.34, within(0.005));
        assertThat(number(row, "ic975")).isCloseTo(0.94, within(0.005));
        assertThat(number(row, "prr")).isCloseTo(1.77, within(0.005));
        assertThat(number(row, "ror")).isCloseTo(2.84, within(0.005));
        assertThat(log2(number(row, "n") / number(row, "expected"))).isPositive();
    }
}
