package org.exovigil.vigilance.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * The score of a pair of cases: the sum of the field weights over every {@link Field}, the total of the
 * hit-miss model (Norén, Orre, Bate 2007; fields are taken as independent, as there). Built once for the
 * set being deduplicated, whose value frequencies and spreads the weights use.
 */
final class PairScorer {

    private final Column[] columns;

    PairScorer(List<CaseFacts> cases, MatchParameters parameters) {
        List<Column> built = new ArrayList<>();
        for (Field field : Field.values()) {
            FieldModel model = parameters.fields().get(field);
            built.add(column(field, model, cases, parameters.maxUnsharedPenalised()));
        }
        this.columns = built.toArray(Column[]::new);
    }

    private static Column column(Field field, FieldModel model, List<CaseFacts> cases, int maxUnshared) {
        if (model instanceof FieldModel.HitMissMixture mixture) {
            return field == Field.AGE ? NumberColumn.ages(mixture, cases) : NumberColumn.onsets(mixture, cases);
        }
        FieldModel.HitMiss hitMiss = (FieldModel.HitMiss) model;
        return switch (field) {
            case SEX ->
                new ValueColumn(
                        field,
                        hitMiss,
                        cases.stream()
                                .map(c -> c.sex() == null ? null : c.sex().code())
                                .toList(),
                        true);
            case REPORTER ->
                new ValueColumn(
                        field, hitMiss, cases.stream().map(CaseFacts::reporter).toList(), false);
            case COUNTRY ->
                new ValueColumn(
                        field, hitMiss, cases.stream().map(CaseFacts::country).toList(), true);
            case DATES ->
                new SetColumn(
                        field, hitMiss, cases.stream().map(CaseFacts::dates).toList(), maxUnshared);
            case EVENTS ->
                new SetColumn(
                        field, hitMiss, cases.stream().map(CaseFacts::events).toList(), maxUnshared);
            case PRODUCTS ->
                new SetColumn(
                        field, hitMiss, cases.stream().map(CaseFacts::products).toList(), maxUnshared);
            case LOTS ->
                new SetColumn(
                        field, hitMiss, cases.stream().map(CaseFacts::lots).toList(), maxUnshared);
            case PROVIDERS ->
                new SetColumn(
                        field, hitMiss, cases.stream().map(CaseFacts::providers).toList(), maxUnshared);
            case AGE, ONSET -> throw new IllegalArgumentException(field + " needs the hit-miss mixture");
        };
    }

    double total(int i, int j) {
        double total = 0;
        for (Column column : columns) {
            total += column.weight(i, j);
        }
        return total;
    }

    /** What every field added, in the order of {@link Field}. */
    List<FieldWeight> evidence(int i, int j) {
        List<FieldWeight> evidence = new ArrayList<>(columns.length);
        for (Column column : columns) {
            evidence.add(column.evidence(i, j));
        }
        return evidence;
    }
}
