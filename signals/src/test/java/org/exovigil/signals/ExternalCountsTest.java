package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Counts made by another engine (signals-spark) give the core's numbers bit for bit when the cells come in the
 * core's order: the prior fitted on the weighted cells, and every pair's row scored from its counts.
 */
class ExternalCountsTest {

    @Test
    void thePriorAndEveryRowAreTheCoresFromTheCountsAlone() {
        long seed = Long.getLong("seed", 22);
        PairCounts counts = rows(seed).counts();
        SignalRun core = SignalDetection.run(rows(seed), HyperparameterChoice.fit());
        assertThat(core.pairs()).hasSize(counts.size()).isNotEmpty();

        ObservedCells cells = ObservedCells.of(counts.observed(), counts.expected());
        ExternalCounts.Prior prior =
                ExternalCounts.prior(HyperparameterChoice.fit(), cells.n, cells.expected, cells.weight);
        assertThat(prior.summary()).isEqualTo(core.summary());

        ExternalCounts.Scorer scorer = new ExternalCounts.Scorer(prior.theta().orElseThrow());
        List<PairStatistics> expected = core.pairs();
        for (int pair = 0; pair < counts.size(); pair++) {
            PairStatistics row = scorer.score(
                    counts.product(pair),
                    counts.event(pair),
                    counts.n(pair),
                    counts.productReports(pair),
                    counts.eventReports(pair),
                    counts.totalReports(),
                    counts.expected(pair));
            assertThat(row).isEqualTo(expected.get(pair));
        }
    }

    /** 3,000 reports of 1-4 rows over 40 products and 60 events, repeated rows included. */
    private static SignalInput rows(long seed) {
        Random random = new Random(seed);
        SignalInput rows = SignalInput.unstratified();
        for (int report = 0; report < 3_000; report++) {
            int size = 1 + random.nextInt(4);
            for (int row = 0; row < size; row++) {
                rows.add("r" + report, "P" + random.nextInt(40), "E" + random.nextInt(60));
            }
        }
        return rows;
    }

    @Test
    void noCellsGiveNoPrior() {
        ExternalCounts.Prior prior =
                ExternalCounts.prior(HyperparameterChoice.fit(), new int[0], new double[0], new double[0]);
        assertThat(prior.theta()).isEmpty();
        assertThat(prior.summary()).isEqualTo("theta=NaN,NaN,NaN,NaN,NaN -logL=NaN");
    }

    @Test
    void withoutAPriorTheShrinkerColumnsAreUndefined() {
        PairStatistics row = new ExternalCounts.Scorer(null).score("P", "E", 2, 3, 4, 10, 1.2);
        assertThat(row.ebgm()).isNaN();
        assertThat(row.eb05()).isNaN();
        assertThat(row.eb95()).isNaN();
        assertThat(row.prr()).isEqualTo((2.0 / 3) / (2.0 / 7));
    }
}
