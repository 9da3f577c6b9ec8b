package org.exovigil.app.signals;

import java.util.List;
import java.util.Locale;
import org.exovigil.signals.PriorBound;
import org.exovigil.signals.Stratum;

/**
 * What the signals pages say about the reader's strata and period and about the prior: the choice, the
 * strata the expected counts were summed over (each named in the reader's language, with its reports), and
 * the parameters of the fitted prior that lie on a bound of the fit's box.
 *
 * @param query the choice, or the plain one when the request was refused
 * @param by the stratification's code as typed, shown back in the form
 * @param from the first day as typed
 * @param to the last day as typed
 * @param level the level's code as typed
 */
public record Subgroups(
        SignalQuery query,
        String by,
        String from,
        String to,
        String level,
        List<StratumLine> strata,
        List<PriorBound> priorOnBounds) {

    /** A stratum as shown: a message key (with {@code text} as its argument), or its own text. */
    public record StratumLine(String key, String text, long reports) {}

    static Subgroups of(SignalQuery query, SignalTable table, Locale locale) {
        return new Subgroups(
                query,
                query.byCode(),
                query.from() == null ? "" : query.from().toString(),
                query.to() == null ? "" : query.to().toString(),
                query.levelCode(),
                table.strata().stream()
                        .map(stratum -> line(query.by(), stratum, locale))
                        .toList(),
                table.priorOnBounds());
    }

    /** The form as the reader filled it in, after a refusal. */
    static Subgroups typed(String by, String from, String to, String level) {
        return new Subgroups(SignalQuery.CUMULATIVE, by, from, to, level, List.of(), List.of());
    }

    public Stratification[] choices() {
        return Stratification.values();
    }

    public EventLevel[] levels() {
        return EventLevel.values();
    }

    private static StratumLine line(Stratification by, Stratum stratum, Locale locale) {
        String name = stratum.name();
        if (name.equals(Stratification.NOT_REPORTED)) {
            return new StratumLine("signals.subgroups.notReported", null, stratum.reports());
        }
        return switch (by) {
            case SEX -> new StratumLine("report.sex." + name, null, stratum.reports());
            case AGE -> new StratumLine("signals.subgroups.age." + name, null, stratum.reports());
            case ROUTE ->
                new StratumLine(
                        name.equals(Stratification.SEVERAL)
                                ? "signals.subgroups.severalRoutes"
                                : "vocabulary.route." + name,
                        null,
                        stratum.reports());
            case COUNTRY -> {
                String country = Locale.of("", name).getDisplayCountry(locale);
                yield new StratumLine(null, country.isBlank() ? name : country, stratum.reports());
            }
            case NONE -> new StratumLine(null, name, stratum.reports());
        };
    }
}
