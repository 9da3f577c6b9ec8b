package org.exovigil.vigilance.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A field with a set of values per case (events, products, lots, providers, dates), weighted as in
 * vigiMatch and DiAna: the agreement weights of the shared values are summed and each unshared value adds
 * the disagreement weight ({@link HitMissWeights}). β of a value is the share of the cases recording the
 * field that hold it. An empty set is a blank.
 *
 * <p>At most {@code maxUnsharedPenalised} unshared values are penalised. The model counts each as an
 * independent miss, but they are not: a follow-up that adds the whole concomitant medication list, or a
 * report that codes every event one level finer, is one difference between the reports, not ten. Without
 * the cap one long list outweighs agreement on everything else (ten unshared products cost about 23 bits,
 * more than an exact match on age, onset and lot together); with it a long list still counts against the
 * pair, as much as a few independent misses.
 */
final class SetColumn implements Column {

    private static final int SHOWN = 3;

    private final Field field;
    private final int[][] valuesOf;
    private final List<Object> values;
    private final double[] agreement;
    private final double disagreement;
    private final int maxUnsharedPenalised;

    SetColumn(Field field, FieldModel.HitMiss model, List<? extends Collection<?>> perCase, int maxUnsharedPenalised) {
        this.field = field;
        this.maxUnsharedPenalised = maxUnsharedPenalised;
        this.valuesOf = new int[perCase.size()][];
        this.values = new ArrayList<>();
        Map<Object, Integer> numbers = new HashMap<>();
        List<Integer> counts = new ArrayList<>();
        int recorded = 0;
        for (int i = 0; i < perCase.size(); i++) {
            Collection<?> set = perCase.get(i);
            int[] numbered = new int[set.size()];
            int k = 0;
            for (Object value : set) {
                int number = numbers.computeIfAbsent(value, v -> {
                    values.add(v);
                    counts.add(0);
                    return values.size() - 1;
                });
                counts.set(number, counts.get(number) + 1);
                numbered[k++] = number;
            }
            Arrays.sort(numbered);
            valuesOf[i] = numbered;
            recorded += set.isEmpty() ? 0 : 1;
        }
        var weights = HitMissWeights.categorical(model, counts, recorded, perCase.size());
        this.agreement = weights.agreement();
        this.disagreement = weights.disagreement();
    }

    @Override
    public Field field() {
        return field;
    }

    @Override
    public double weight(int i, int j) {
        int[] x = valuesOf[i];
        int[] y = valuesOf[j];
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        double shared = 0;
        int unshared = 0;
        int p = 0;
        int q = 0;
        while (p < x.length && q < y.length) {
            if (x[p] == y[q]) {
                shared += agreement[x[p]];
                p++;
                q++;
            } else if (x[p] < y[q]) {
                unshared++;
                p++;
            } else {
                unshared++;
                q++;
            }
        }
        unshared += x.length - p + y.length - q;
        return shared + Math.min(unshared, maxUnsharedPenalised) * disagreement;
    }

    @Override
    public FieldWeight evidence(int i, int j) {
        int[] x = valuesOf[i];
        int[] y = valuesOf[j];
        String name = field.code();
        double weight = weight(i, j);
        if (x.length == 0 || y.length == 0) {
            return new FieldWeight(field, 0, name + " blank in " + (x.length == 0 && y.length == 0 ? "both" : "one"));
        }
        List<Object> shared = Arrays.stream(x)
                .filter(v -> Arrays.binarySearch(y, v) >= 0)
                .mapToObj(values::get)
                .sorted((u, v) -> u.toString().compareTo(v.toString()))
                .toList();
        int unshared = x.length + y.length - 2 * shared.size();
        if (shared.isEmpty()) {
            return new FieldWeight(field, weight, name + " differ");
        }
        String listed = shared.stream().limit(SHOWN).map(Object::toString).collect(Collectors.joining(", "))
                + (shared.size() > SHOWN ? ", …" : "");
        if (unshared == 0) {
            return new FieldWeight(field, weight, name + " agree on " + listed);
        }
        return new FieldWeight(
                field,
                weight,
                "%s: %d shared (%s), %d unshared%s"
                        .formatted(
                                name,
                                shared.size(),
                                listed,
                                unshared,
                                unshared > maxUnsharedPenalised ? " (" + maxUnsharedPenalised + " penalised)" : ""));
    }
}
