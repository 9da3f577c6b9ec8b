package org.exovigil.app.caseseries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exovigil.signals.onset.CaseSeriesOnsets;
import org.exovigil.signals.onset.OnsetExclusion;
import org.exovigil.signals.onset.OnsetSeries;
import org.exovigil.signals.onset.TimeToOnset;
import org.exovigil.signals.onset.WeibullFit;

/**
 * The case series page of one product-event pair: time to onset for every route and for the chosen one (all
 * routes when none is chosen), its chart, and the panels of the chosen route's cases.
 *
 * @param route the chosen route's code; empty for all routes; {@link #NO_ROUTE} for cases without one
 * @param cases how many distinct cases the chosen rows come from
 */
record CaseSeriesPage(
        String product,
        String event,
        String route,
        List<RouteRow> routes,
        TimeToOnset onset,
        OnsetChart chart,
        List<Panel> panels,
        int cases) {

    /** The route parameter that chooses the cases whose route was not reported. */
    static final String NO_ROUTE = "none";

    /** One route's time to onset, for the table of routes. */
    record RouteRow(String route, TimeToOnset onset, boolean chosen) {
        /** The message key that names the route. */
        public String routeKey() {
            return route.equals(NO_ROUTE) ? "series.route.none" : "vocabulary.route." + route;
        }

        public String median() {
            return CaseSeriesPage.quartilesText(onset);
        }

        public String shape() {
            return CaseSeriesPage.shapeText(onset.weibull());
        }
    }

    /** A panel of counts; each count is named by a message key, or by its own text (a country's name). */
    record Panel(String id, String titleKey, List<Count> counts) {}

    /** One line of a panel. */
    record Count(String key, String text, int count) {}

    static CaseSeriesPage of(String product, String event, String route, List<SeriesCase> all, Locale locale) {
        String chosenRoute = route == null ? "" : route.strip();
        CaseSeriesOnsets byRoute = new CaseSeriesOnsets();
        OnsetSeries chosen = new OnsetSeries();
        List<SeriesCase> rows = new ArrayList<>();
        for (SeriesCase one : all) {
            String code = routeOf(one);
            byRoute.add(product, event, code, one.administeredOn(), one.onsetOn());
            if (chosenRoute.isEmpty() || chosenRoute.equals(code)) {
                chosen.add(one.administeredOn(), one.onsetOn());
                rows.add(one);
            }
        }
        List<RouteRow> routes = byRoute.summaries().entrySet().stream()
                .map(e -> new RouteRow(
                        e.getKey().route(), e.getValue(), e.getKey().route().equals(chosenRoute)))
                .toList();
        TimeToOnset onset = chosen.summary();
        return new CaseSeriesPage(
                product, event, chosenRoute, routes, onset, OnsetChart.of(onset), panels(rows, locale), (int)
                        rows.stream().map(SeriesCase::caseId).distinct().count());
    }

    /** The distinct cases of the chosen rows, for the line listing. */
    static Set<UUID> caseIds(List<SeriesCase> all, String route) {
        String chosenRoute = route == null ? "" : route.strip();
        return all.stream()
                .filter(one -> chosenRoute.isEmpty() || chosenRoute.equals(routeOf(one)))
                .map(SeriesCase::caseId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String routeOf(SeriesCase one) {
        return one.route() == null ? NO_ROUTE : one.route();
    }

    public String quartiles() {
        return quartilesText(onset);
    }

    public String shape() {
        return shapeText(onset.weibull());
    }

    /** The message key of the plain-words reading of the Weibull fit. */
    public String readingKey() {
        return "series.weibull." + onset.weibull().reading().name();
    }

    /** The cases left out of the time to onset, by reason, as message keys and counts. */
    public List<Count> exclusions() {
        List<Count> out = new ArrayList<>();
        for (OnsetExclusion reason : OnsetExclusion.values()) {
            int count = onset.excluded().getOrDefault(reason, 0);
            if (count > 0) {
                out.add(new Count("series.excluded." + reason.name(), null, count));
            }
        }
        return out;
    }

    /** "1 (0–1)": the median and the quartiles, in days; a dash when there are no onsets. */
    static String quartilesText(TimeToOnset onset) {
        return onset.quartiles()
                .map(q -> "%s (%s–%s)".formatted(days(q.median()), days(q.lower()), days(q.upper())))
                .orElse("–");
    }

    /** "0.92 (0.87–0.98)": k and its 95% interval; a dash when not fitted. */
    static String shapeText(WeibullFit fit) {
        if (!fit.fitted()) {
            return "–";
        }
        return "%s (%s–%s)"
                .formatted(twoDecimals(fit.shape()), twoDecimals(fit.shapeLower()), twoDecimals(fit.shapeUpper()));
    }

    private static String days(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static List<Panel> panels(List<SeriesCase> rows, Locale locale) {
        Map<UUID, SeriesCase> byCase = new LinkedHashMap<>();
        rows.forEach(one -> byCase.putIfAbsent(one.caseId(), one));
        List<SeriesCase> cases = List.copyOf(byCase.values());
        return List.of(
                panel("series-age", "series.panel.age", cases, one -> "series.age." + ageBand(one.ageYears())),
                panel(
                        "series-sex",
                        "series.panel.sex",
                        cases,
                        one -> "report.sex." + Objects.requireNonNullElse(one.sex(), "unknown")),
                panel("series-serious", "series.panel.serious", cases, one -> "series.serious." + one.serious()),
                panel(
                        "series-outcome",
                        "series.panel.outcome",
                        rows,
                        one -> one.outcome() == null ? "series.notReported" : "report.outcome." + one.outcome()),
                countries(cases, locale),
                panel(
                        "series-dechallenge",
                        "series.panel.dechallenge",
                        rows,
                        one -> one.dechallenge().key()),
                panel(
                        "series-rechallenge",
                        "series.panel.rechallenge",
                        rows,
                        one -> one.rechallenge().key()));
    }

    /** Age bands: children (under 18, ICH E11), adults in two bands, and 65 and over (the geriatric age of ICH E7). */
    static String ageBand(Double age) {
        if (age == null) {
            return "unknown";
        }
        return age < 18 ? "under18" : age < 45 ? "18to44" : age < 65 ? "45to64" : "65plus";
    }

    private static Panel panel(String id, String titleKey, List<SeriesCase> rows, Function<SeriesCase, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(one -> counts.merge(key.apply(one), 1, Integer::sum));
        return new Panel(
                id,
                titleKey,
                counts.entrySet().stream()
                        .map(e -> new Count(e.getKey(), null, e.getValue()))
                        .toList());
    }

    /** Countries by name in the reader's language (ISO 3166 through the JDK's locale data), most cases first. */
    private static Panel countries(List<SeriesCase> cases, Locale locale) {
        Map<String, Integer> counts = new TreeMap<>();
        int unknown = 0;
        for (SeriesCase one : cases) {
            if (one.country() == null || one.country().isBlank()) {
                unknown++;
            } else {
                counts.merge(Locale.of("", one.country().strip()).getDisplayCountry(locale), 1, Integer::sum);
            }
        }
        List<Count> lines = new ArrayList<>(counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new Count(null, e.getKey(), e.getValue()))
                .toList());
        if (unknown > 0) {
            lines.add(new Count("series.notReported", null, unknown));
        }
        return new Panel("series-country", "series.panel.country", lines);
    }
}
