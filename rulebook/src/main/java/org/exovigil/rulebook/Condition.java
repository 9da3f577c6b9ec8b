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
 *   authorizations.active: [IND]         the offering holds one of these in effect ({@link Authorized})
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
            case Authorized authorized -> authorized.types().forEach(t -> missing.add("authorizations (" + t + ")"));
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

    /**
     * The offering holds one of these authorisations in effect ({@code authorizations.active: [IND]}). One
     * it lists as active is TRUE; one it lists as pending or none, or any when its list is empty, is FALSE.
     * One it does not mention depends on the question. Whether a requirement is met: UNKNOWN, because a
     * list of authorisations is what the offering says, not all it holds, and a trial that names its IND
     * and IRB but not its consent forms is not thereby without consent (classify.md: a requirement the
     * offering does not speak to is null). What the offering is and what it does wrong: FALSE, because
     * those are judged on what it relies on, and it does not rely on what it does not name.
     */
    record Authorized(Set<String> types) implements Condition {
        static final String FIELD = "authorizations.active";

        public Truth test(Facts facts) {
            var statuses = facts.authorizations();
            if (statuses.isEmpty()) return Truth.UNKNOWN;
            var held = statuses.get();
            if (types.stream().anyMatch(t -> "active".equals(held.get(t)))) return Truth.TRUE;
            if (!facts.silenceIsUnknown() || held.isEmpty() || types.stream().allMatch(held::containsKey)) {
                return Truth.FALSE;
            }
            return Truth.UNKNOWN;
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
