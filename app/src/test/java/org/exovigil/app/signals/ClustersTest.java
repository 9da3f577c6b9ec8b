package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exovigil.app.signals.Clusters.CaseDay;
import org.junit.jupiter.api.Test;

class ClustersTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 15);

    @Test
    void twoCasesTwentyNineDaysApartAreInOneThirtyDayWindow() {
        var cases = List.of(at(1, DAY), at(1, DAY.plusDays(29)));

        assertThat(Clusters.find(cases, 30, 2)).singleElement().satisfies(cluster -> {
            assertThat(cluster.firstDay()).isEqualTo(DAY);
            assertThat(cluster.lastDay()).isEqualTo(DAY.plusDays(29));
            assertThat(cluster.cases()).hasSize(2);
        });
    }

    @Test
    void thirtyDaysApartIsOutsideIt() {
        assertThat(Clusters.find(List.of(at(1, DAY), at(1, DAY.plusDays(30))), 30, 2))
                .isEmpty();
    }

    @Test
    void theWindowCountsCalendarDaysAcrossALeapDay() {
        var cases = List.of(at(1, LocalDate.of(2024, 2, 1)), at(1, LocalDate.of(2024, 3, 1)));

        assertThat(Clusters.find(cases, 30, 2)).hasSize(1);
        assertThat(Clusters.find(cases, 29, 2)).isEmpty();
    }

    @Test
    void anOngoingOutbreakIsOneClusterThatGrows() {
        var cases = List.of(
                at(1, DAY),
                at(1, DAY.plusDays(10)),
                at(1, DAY.plusDays(25)),
                at(1, DAY.plusDays(45)),
                at(1, DAY.plusDays(60)));

        assertThat(Clusters.find(cases, 30, 2)).singleElement().satisfies(cluster -> {
            assertThat(cluster.cases()).hasSize(5);
            assertThat(cluster.lastDay()).isEqualTo(DAY.plusDays(60));
        });
    }

    @Test
    void twoOutbreaksMonthsApartAreTwoClusters() {
        var cases = List.of(at(1, DAY), at(1, DAY.plusDays(3)), at(1, DAY.plusDays(200)), at(1, DAY.plusDays(201)));

        assertThat(Clusters.find(cases, 30, 2)).hasSize(2);
    }

    @Test
    void aLoneCaseBetweenWindowsIsNotPulledIn() {
        var cases = List.of(at(1, DAY), at(1, DAY.plusDays(5)), at(1, DAY.plusDays(50)));

        assertThat(Clusters.find(cases, 30, 2))
                .singleElement()
                .satisfies(cluster -> assertThat(cluster.cases()).hasSize(2));
    }

    @Test
    void scopesAreCountedApart() {
        var cases = List.of(at(1, DAY), at(2, DAY.plusDays(1)));

        assertThat(Clusters.find(cases, 30, 2)).isEmpty();
    }

    @Test
    void aCaseNamingTheScopeTwiceCountsOnce() {
        UUID same = UUID.randomUUID();
        var cases = List.of(new CaseDay(1, same, DAY), new CaseDay(1, same, DAY.plusDays(2)));

        assertThat(Clusters.find(cases, 30, 2)).isEmpty();
    }

    @Test
    void nothingInNothingOut() {
        assertThat(Clusters.find(List.of(), 30, 2)).isEmpty();
    }

    @Test
    void twoHundredThousandCasesOverTwoThousandLotsAreClusteredInOnePass() {
        var cases = new ArrayList<CaseDay>();
        for (int i = 0; i < 200_000; i++) {
            cases.add(at(i % 2_000, DAY.plusDays(i / 2_000)));
        }

        assertThat(Clusters.find(cases, 30, 3)).hasSize(2_000);
    }

    private static CaseDay at(long scope, LocalDate day) {
        return new CaseDay(scope, UUID.randomUUID(), day);
    }
}
