package org.exovigil.vigilance.duplicates;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A whole-number field (age in years, onset as a day), weighted by the hit-miss mixture of {@link
 * HitMissWeights#difference}. The spread of the difference between two random reports is taken from the
 * set being deduplicated, √2 times the standard deviation of the recorded values, with mean 0 because
 * the order within a pair is arbitrary (the notes take m and sd from random pairs; DiAna samples 10,000
 * of them). It is never narrower than the error σ, which matters only for a tiny or uniform set, where
 * random pairs would otherwise look closer than reports of one case. Weights are tabulated once for every
 * difference the set can show.
 */
final class NumberColumn implements Column {

    private static final long BLANK = Long.MIN_VALUE;
    private static final int MAX_TABLE = 1 << 16;

    private final Field field;
    private final long[] valueOf;
    private final double[] byDifference;
    private final FieldModel.HitMissMixture model;
    private final double b;
    private final double randomSd;
    private final String unit;
    private final LongFunction<String> shown;

    private NumberColumn(
            Field field, FieldModel.HitMissMixture model, long[] values, String unit, LongFunction<String> shown) {
        this.field = field;
        this.model = model;
        this.valueOf = values;
        this.unit = unit;
        this.shown = shown;
        int recorded = 0;
        double sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : values) {
            if (v != BLANK) {
                recorded++;
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double mean = recorded == 0 ? 0 : sum / recorded;
        double squares = 0;
        for (long v : values) {
            if (v != BLANK) {
                squares += (v - mean) * (v - mean);
            }
        }
        double sd = recorded < 2 ? 0 : Math.sqrt(squares / recorded);
        this.randomSd = Math.max(Math.sqrt(2) * sd, model.sigma());
        this.b = Column.blank(
                model.blank(),
                values.length == 0 ? 0 : 1 - (double) recorded / values.length,
                model.deviation() + model.miss());
        int size = recorded == 0 ? 1 : (int) Math.min(MAX_TABLE, max - min + 1);
        this.byDifference = new double[size];
        for (int d = 0; d < size; d++) {
            byDifference[d] = compute(d);
        }
    }

    static NumberColumn ages(FieldModel.HitMissMixture model, List<CaseFacts> cases) {
        long[] values = cases.stream()
                .mapToLong(c -> c.ageYears() == null ? BLANK : c.ageYears())
                .toArray();
        return new NumberColumn(Field.AGE, model, values, "year", Long::toString);
    }

    static NumberColumn onsets(FieldModel.HitMissMixture model, List<CaseFacts> cases) {
        long[] values = cases.stream()
                .mapToLong(c -> c.onset() == null ? BLANK : c.onset().toEpochDay())
                .toArray();
        return new NumberColumn(
                Field.ONSET,
                model,
                values,
                "day",
                day -> LocalDate.ofEpochDay(day).toString());
    }

    private double compute(long d) {
        return HitMissWeights.difference(d, model.deviation(), model.miss(), b, model.sigma(), randomSd);
    }

    @Override
    public Field field() {
        return field;
    }

    @Override
    public double weight(int i, int j) {
        long x = valueOf[i];
        long y = valueOf[j];
        if (x == BLANK || y == BLANK) {
            return 0;
        }
        long d = Math.abs(x - y);
        return d < byDifference.length ? byDifference[(int) d] : compute(d);
    }

    @Override
    public FieldWeight evidence(int i, int j) {
        long x = valueOf[i];
        long y = valueOf[j];
        String name = field.code();
        if (x == BLANK || y == BLANK) {
            return new FieldWeight(field, 0, name + " blank in " + (x == BLANK && y == BLANK ? "both" : "one"));
        }
        long d = Math.abs(x - y);
        String finding = d == 0
                ? name + " agrees (" + shown.apply(x) + ")"
                : "%s %d %s%s apart (%s, %s)"
                        .formatted(name, d, unit, d == 1 ? "" : "s", shown.apply(x), shown.apply(y));
        return new FieldWeight(field, weight(i, j), finding);
    }
}
