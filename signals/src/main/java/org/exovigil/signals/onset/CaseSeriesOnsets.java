package org.exovigil.signals.onset;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Times to onset grouped into case series by product, event and route, one (case, product, event) at a time,
 * the way {@link org.exovigil.signals.SignalInput} takes rows: the caller reads its reports and passes plain
 * names and dates. A case given twice for one series counts twice; the caller gives each once.
 */
public final class CaseSeriesOnsets {

    /**
     * One case series.
     *
     * @param route the route as the caller names it; empty when not reported
     */
    public record Key(String product, String event, String route) implements Comparable<Key> {

        private static final Comparator<Key> ORDER =
                Comparator.comparing(Key::product).thenComparing(Key::event).thenComparing(Key::route);

        public Key {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(event, "event");
            route = route == null ? "" : route;
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private final Map<Key, OnsetSeries> series = new TreeMap<>();

    /**
     * Adds one case of a series by its dates (either may be null).
     *
     * @return why the case has no time to onset, or empty when it has one
     */
    public Optional<OnsetExclusion> add(
            String product, String event, String route, LocalDate administeredOn, LocalDate onsetOn) {
        return series(new Key(product, event, route)).add(administeredOn, onsetOn);
    }

    /** The series of {@code key}, created empty when new. */
    public OnsetSeries series(Key key) {
        return series.computeIfAbsent(key, k -> new OnsetSeries());
    }

    /** The statistics of every series, in the order of product, event and route. */
    public Map<Key, TimeToOnset> summaries() {
        Map<Key, TimeToOnset> all = new LinkedHashMap<>();
        series.forEach((key, one) -> all.put(key, one.summary()));
        return Collections.unmodifiableMap(all);
    }
}
