package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The age bands of the strata (ICH E11(R1), E7) and the trend's periods. */
class AgeBandsTest {

    @Test
    void everyAgeFallsInOneBandAndEachBandIsNamedInBothLanguages() throws IOException {
        AgeBands bands = AgeBands.bundled();

        assertThat(bands.bandOf(0.0)).isEqualTo("under2");
        assertThat(bands.bandOf(1.9)).isEqualTo("under2");
        assertThat(bands.bandOf(2.0)).isEqualTo("2to11");
        assertThat(bands.bandOf(17.0)).isEqualTo("12to17");
        assertThat(bands.bandOf(64.0)).isEqualTo("18to64");
        assertThat(bands.bandOf(65.0)).isEqualTo("65to74");
        assertThat(bands.bandOf(120.0)).isEqualTo("75plus");
        assertThat(bands.bandOf(null)).isNull();
        assertThat(bands.bandOf(-1.0)).isNull();
        for (String file : new String[] {"/messages.properties", "/messages_ja.properties"}) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream(file)) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(bands.bands())
                    .allSatisfy(band -> assertThat(messages).containsKey("signals.subgroups.age." + band.id()));
        }
    }

    @Test
    void aGapOrAClosedLastBandStopsTheStart() {
        assertThatThrownBy(() -> AgeBands.read(
                        "bands:\n  - {id: a, from_years: 0, to_years: 9}\n  - {id: b, from_years: 11}\n", "gap.yaml"))
                .hasMessageContaining("gap.yaml: band b: expected from_years 10");
        assertThatThrownBy(() -> AgeBands.read("bands:\n  - {id: a, from_years: 0, to_years: 9}\n", "closed.yaml"))
                .hasMessageContaining("open-ended");
    }

    @Test
    void periodsRunFromTheFirstToTheLastDayOfAQuarterOrMonth() {
        PairTrend.Period quarter = PairTrend.Period.of(LocalDate.of(2024, 2, 29), PairTrend.Granularity.QUARTER);
        assertThat(quarter.number()).isEqualTo(1);
        assertThat(quarter.end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(quarter.next().end()).isEqualTo(LocalDate.of(2024, 6, 30));
        PairTrend.Period december = PairTrend.Period.of(LocalDate.of(2024, 12, 1), PairTrend.Granularity.MONTH);
        assertThat(december.numberText()).isEqualTo("12");
        assertThat(december.next()).isEqualTo(new PairTrend.Period(PairTrend.Granularity.MONTH, 2025, 1));
        assertThat(december.next().numberText()).isEqualTo("01");
    }

    @Test
    void monthsOnlyWhereReportsAreDense() {
        var sparse = java.util.stream.IntStream.range(0, 59)
                .mapToObj(i -> row("s" + i, LocalDate.of(2024, 1 + i % 2, 1)))
                .toList();
        var dense = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> row("d" + i, LocalDate.of(2024, 1 + i % 2, 1)))
                .toList();

        assertThat(PairTrend.granularityOf(sparse)).isEqualTo(PairTrend.Granularity.QUARTER);
        assertThat(PairTrend.granularityOf(dense)).isEqualTo(PairTrend.Granularity.MONTH);
    }

    private static CaseSignals.CaseRow row(String id, LocalDate day) {
        return new CaseSignals.CaseRow(id, "p", "e", day, null, null, null, null);
    }
}
