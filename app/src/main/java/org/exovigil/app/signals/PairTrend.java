package org.exovigil.app.signals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.exovigil.signals.PairStatistics;

/**
 * How a pair's statistics grew: for each period, N, E, EBGM and EB05 computed on every report received up to
 * the period's end (cumulatively, each with the prior fitted to that table), from the period of the pair's
 * first report to that of the store's latest report.
 *
 * <p>Periods are quarters, the cadence at which FDA publishes FAERS and its potential signals of serious risks
 * (FDAAA 2007 section 921); months where the store's reports are dense, at least {@value #DENSE_PER_MONTH} a
 * month over at most {@value #MONTHLY_SPAN} months, since a month's table then differs from the last by enough
 * reports to move the statistics, and a quarter would hide when a signal began. At most
 * {@value #MOST_POINTS} periods are shown, the latest.
 *
 * @param omitted earlier periods left out to keep to {@value #MOST_POINTS}
 */
public record PairTrend(Granularity granularity, List<Point> points, int omitted, TrendChart chart) {

    static final int DENSE_PER_MONTH = 30;
    static final int MONTHLY_SPAN = 24;
    static final int MOST_POINTS = 40;

    /** The length of a period. */
    public enum Granularity {
        MONTH(1),
        QUARTER(3);

        private final int months;

        Granularity(int months) {
            this.months = months;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A calendar month or quarter: {@code number} 1-12 or 1-4. */
    public record Period(Granularity granularity, int year, int number) {

        static Period of(LocalDate day, Granularity granularity) {
            return new Period(granularity, day.getYear(), (day.getMonthValue() - 1) / granularity.months + 1);
        }

        /** The last day of the period. */
        public LocalDate end() {
            return LocalDate.of(year, number * granularity.months, 1)
                    .plusMonths(1)
                    .minusDays(1);
        }

        /** The year as written, without the grouping a number format would add. */
        public String yearText() {
            return Integer.toString(year);
        }

        /** The month or quarter as written, two digits for a month. */
        public String numberText() {
            return granularity == Granularity.MONTH ? "%02d".formatted(number) : Integer.toString(number);
        }

        Period next() {
            LocalDate day = end().plusDays(1);
            return of(day, granularity);
        }
    }

    /**
     * The pair's statistics on the reports received up to a period's end.
     *
     * @param priorOnBound whether that table's fitted prior lies on a bound of the fit's box
     */
    public record Point(
            Period period, long n, double expected, double ebgm, double eb05, double eb95, boolean priorOnBound) {}

    public boolean isEmpty() {
        return points.isEmpty();
    }

    static PairTrend of(
            List<CaseSignals.CaseRow> rows, String product, String event, Function<LocalDate, SignalTable> tableUpTo) {
        LocalDate first = rows.stream()
                .filter(row -> row.product().equals(product) && row.event().equals(event))
                .map(CaseSignals.CaseRow::receivedOn)
                .min(LocalDate::compareTo)
                .orElse(null);
        if (first == null) {
            return new PairTrend(Granularity.QUARTER, List.of(), 0, TrendChart.of(List.of()));
        }
        Granularity granularity = granularityOf(rows);
        LocalDate latest = rows.stream()
                .map(CaseSignals.CaseRow::receivedOn)
                .max(LocalDate::compareTo)
                .orElseThrow();
        List<Period> periods = new ArrayList<>();
        Period last = Period.of(latest, granularity);
        for (Period period = Period.of(first, granularity); !period.equals(last); period = period.next()) {
            periods.add(period);
        }
        periods.add(last);
        int omitted = Math.max(0, periods.size() - MOST_POINTS);
        List<Point> points = new ArrayList<>();
        for (Period period : periods.subList(omitted, periods.size())) {
            SignalTable table = tableUpTo.apply(period.end());
            table.row(product, event).ifPresent(row -> points.add(point(period, row, table)));
        }
        return new PairTrend(granularity, List.copyOf(points), omitted, TrendChart.of(points));
    }

    /** Months when the store holds at least {@value #DENSE_PER_MONTH} reports a month over a short span. */
    static Granularity granularityOf(List<CaseSignals.CaseRow> rows) {
        LocalDate from = rows.stream()
                .map(CaseSignals.CaseRow::receivedOn)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate to = rows.stream()
                .map(CaseSignals.CaseRow::receivedOn)
                .max(LocalDate::compareTo)
                .orElseThrow();
        long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
        long reports = rows.stream().map(CaseSignals.CaseRow::caseId).distinct().count();
        return months <= MONTHLY_SPAN && reports >= DENSE_PER_MONTH * months ? Granularity.MONTH : Granularity.QUARTER;
    }

    private static Point point(Period period, PairStatistics row, SignalTable table) {
        return new Point(
                period,
                row.n(),
                row.expected(),
                row.ebgm(),
                row.eb05(),
                row.eb95(),
                !table.priorOnBounds().isEmpty());
    }
}
