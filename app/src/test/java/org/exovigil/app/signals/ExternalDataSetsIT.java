package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.exovigil.app.RunningExovigil;
import org.exovigil.signals.PairStatistics;
import org.exovigil.vigilance.external.ExternalCase;
import org.exovigil.vigilance.external.FaersQuarter;
import org.exovigil.vigilance.external.FaersReader;
import org.exovigil.vigilance.external.ReadSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Public data sets beside the case store: stored whole or not at all, and their own signal tables. */
class ExternalDataSetsIT extends RunningExovigil {

    private static final FaersQuarter QUARTER =
            FaersQuarter.in(Path.of("/work/shared/data/reference/faers_2022q4_excerpt"));

    @Autowired
    ExternalDataSets dataSets;

    @Autowired
    CaseSignals signals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuarterIsStoredWithItsPairStatisticssAndHasItsOwnSignalTable() {
        ExternalDataSets.Imported imported = dataSets.store(
                "FAERS",
                "excerpt-a",
                "test",
                "test",
                sink -> FaersReader.of(QUARTER).read(sink));

        assertThat(imported.dataSet().cases()).isEqualTo(258);
        assertThat(imported.signalRows()).isEqualTo(539);
        SignalTable table = signals.ofDataSet(imported.dataSet().id());
        assertThat(table.reports()).isEqualTo(258);
        assertThat(table.rows()).isNotEmpty();
        PairStatistics first = table.rows().getFirst();
        assertThat(dataSets.casesOf(imported.dataSet().id(), first.product(), first.event()))
                .hasSize((int) first.n())
                .allSatisfy(id -> assertThat(id).startsWith("FAERS:"));
    }

    @Test
    void importingTheSameLabelAgainReplacesTheEarlierCopy() {
        dataSets.store(
                "FAERS",
                "excerpt-b",
                "test",
                "test",
                sink -> FaersReader.of(QUARTER).read(sink));
        dataSets.store(
                "FAERS",
                "excerpt-b",
                "test",
                "test",
                sink -> FaersReader.of(QUARTER).read(sink));

        assertThat(dataSets.all())
                .filteredOn(set -> set.label().equals("excerpt-b"))
                .hasSize(1);
        assertThat(jdbc.sql(
                                "select count(*) from external_case c join external_data_set d on d.id = c.data_set_id where d.label = 'excerpt-b'")
                        .query(Long.class)
                        .single())
                .isEqualTo(258);
    }

    @Test
    void anImportThatFailsHalfWayLeavesNothingBehind() {
        assertThatThrownBy(() -> dataSets.store("FAERS", "broken", "test", "test", sink -> {
                    List<ExternalCase> cases = FaersReader.of(QUARTER).readAll();
                    cases.subList(0, 100).forEach(sink);
                    throw new IllegalStateException("disk gone");
                }))
                .hasMessage("disk gone");

        assertThat(dataSets.all()).noneMatch(set -> set.label().equals("broken"));
        assertThat(jdbc.sql("select count(*) from external_case c where not exists"
                                + " (select 1 from external_data_set d where d.id = c.data_set_id)")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmptyDataSetHasAnEmptyTable() {
        ExternalDataSets.Imported imported = dataSets.store(
                "VAERS",
                "empty",
                "test",
                "test",
                sink -> new ReadSummary(java.util.Map.of(), 0, 0, 0, 0, 0, 0, List.of()));

        assertThat(signals.ofDataSet(imported.dataSet().id()).rows()).isEmpty();
    }
}
