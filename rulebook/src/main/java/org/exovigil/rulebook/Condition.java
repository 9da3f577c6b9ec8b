package org.exovigil.rulebook;

import java.util.List;
import java.util.Set;

/**
 * The rulebook's condition language: a small, safe, declarative tree (no scripting). In YAML:
 * <pre>
 *   all: [ ... ]              every one holds
 *   any: [ ... ]              at least one holds
 *   not: { ... }              the opposite
 *   product.type: [exosome, secretome]   the fact is one of these (a list fact: shares one of these)
 *   only: {use.routes: [topical]}        a list fact holds nothing but these
 *   unknown: product.contains_cells      the fact is missing
 *   ref: acellular_product               a named condition of the file or of common.yaml
 * </pre>
 * A map with several keys means all of them. Evaluation is three-valued ({@link Truth}).
 */
sealed interface Condition {

    Truth test(Facts facts);

    Condition ALWAYS = new All(List.of());

    /**
     * The missing facts that leave this condition UNKNOWN: only parts that are themselves UNKNOWN are
     * followed, so a fact whose absence changes nothing is not named.
     */
    default Set<String> unknownFields(Facts facts) {
        var missing = new java.util.TreeSet<String>();
        collectUnknown(this, facts, missing);
        return missing;
    }

    private static void collectUnknown(Condition c, Facts facts, Set<String> missing) {
        if (c.test(facts) != Truth.UNKNOWN) return;
        switch (c) {
            case All all -> all.parts().forEach(p -> collectUnknown(p, facts, missing));
            case Any any -> any.parts().forEach(p -> collectUnknown(p, facts, missing));
            case Not not -> collectUnknown(not.part(), facts, missing);
            case Ref ref -> collectUnknown(ref.target(), facts, missing);
            case OneOf one -> missing.add(one.field());
            case Only only -> missing.add(only.field());
            case Unknown ignored -> {}
        }
    }

    record All(List<Condition> parts) implements Condition {
        public Truth test(Facts facts) {
            var result = Truth.TRUE;
            for (var part : parts) {
                result = result.and(part.test(facts));
                if (result == Truth.FALSE) return result;
            }
            return result;
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public Truth test(Facts facts) {
            var result = Truth.FALSE;
            for (var part : parts) {
                result = result.or(part.test(facts));
                if (result == Truth.TRUE) return result;
            }
            return result;
        }
    }

    record Not(Condition part) implements Condition {
        public Truth test(Facts facts) {
            return part.test(facts).not();
        }
    }

    /** The fact equals one of the values; for a list fact, the list shares at least one of them. */
    record OneOf(String field, Set<String> values) implements Condition {
        public Truth test(Facts facts) {
            return facts.get(field)
                    .map(v -> Truth.of(
                            switch (v) {
                                case Set<?> set -> set.stream().anyMatch(e -> values.contains(String.valueOf(e)));
                                default -> values.contains(String.valueOf(v));
                            }))
                    .orElse(Truth.UNKNOWN);
        }
    }

    /** A list fact holds nothing outside the values (and at least one element). */
    record Only(String field, Set<String> values) implements Condition {
        public Truth test(Facts facts) {
            return facts.get(field)
                    .map(v -> Truth.of(
                            switch (v) {
                                case Set<?> set ->
                                    !set.isEmpty() && set.stream().allMatch(e -> values.contains(String.valueOf(e)));
                                default -> values.contains(String.valueOf(v));
                            }))
                    .orElse(Truth.UNKNOWN);
        }
    }

    /** The fact is missing: always TRUE or FALSE, never UNKNOWN. */
    record Unknown(String field) implements Condition {
        public Truth test(Facts facts) {
            return Truth.of(!facts.known(field));
        }
    }

    /** A named condition, kept by name so explanations and tests can refer to it. */
    record Ref(String name, Condition target) implements Condition {
        public Truth test(Facts facts) {
            return target.test(facts);
        }
    }
}
