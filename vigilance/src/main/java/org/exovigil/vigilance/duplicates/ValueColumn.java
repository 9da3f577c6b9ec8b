package org.exovigil.vigilance.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A field with one value per case (sex, reporter, country), weighted by {@link HitMissWeights}. The
 * frequency β of a value is its share among the cases that record the field, in the set being
 * deduplicated (as vigiMatch and DiAna take it from the database at hand). Both reports of an agreeing
 * pair hold the value, so β ≥ 1/n and no floor is needed for unseen values.
 */
final class ValueColumn implements Column {

    private final Field field;
    private final int[] valueOf;
    private final List<String> values;
    private final double[] agreement;
    private final double disagreement;
    private final boolean showValues;

    /**
     * @param showValues whether findings may name the values; a reporter's name is personal data and is
     *                   not repeated in the evidence
     */
    ValueColumn(Field field, FieldModel.HitMiss model, List<String> perCase, boolean showValues) {
        this.field = field;
        this.showValues = showValues;
        this.valueOf = new int[perCase.size()];
        this.values = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        List<Integer> counts = new ArrayList<>();
        int recorded = 0;
        for (int i = 0; i < perCase.size(); i++) {
            String value = perCase.get(i);
            if (value == null) {
                valueOf[i] = -1;
                continue;
            }
            recorded++;
            int number = numbers.computeIfAbsent(value, v -> {
                values.add(v);
                counts.add(0);
                return values.size() - 1;
            });
            counts.set(number, counts.get(number) + 1);
            valueOf[i] = number;
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
        int x = valueOf[i];
        int y = valueOf[j];
        if (x < 0 || y < 0) {
            return 0;
        }
        return x == y ? agreement[x] : disagreement;
    }

    @Override
    public FieldWeight evidence(int i, int j) {
        int x = valueOf[i];
        int y = valueOf[j];
        String name = field.code();
        if (x < 0 || y < 0) {
            return new FieldWeight(field, 0, name + " blank in " + (x < 0 && y < 0 ? "both" : "one"));
        }
        if (x == y) {
            return new FieldWeight(field, agreement[x], name + " agrees" + shown(" (" + values.get(x) + ")"));
        }
        return new FieldWeight(
                field, disagreement, name + " differs" + shown(" (" + values.get(x) + ", " + values.get(y) + ")"));
    }

    private String shown(String text) {
        return showValues ? text : "";
    }
}
