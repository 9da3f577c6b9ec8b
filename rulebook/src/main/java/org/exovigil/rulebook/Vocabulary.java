package org.exovigil.rulebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared codes (spec/vocabulary.md, spec/classify.md) and which facts take which codes, read from
 * {@code rulebook/vocabulary.yaml}. Rule files are checked against it so a typo in a code is a load
 * error, not a rule that silently never fires. Lists keep the order of the file, so a form built from
 * them reads as the specification does; {@link Rulebook#codes()} is the public view.
 */
final class Vocabulary {

    static final String BOOLEAN = "boolean";
    static final String FREE = "free";

    private final Map<String, List<String>> lists;
    private final Map<String, Set<String>> sets;
    private final Map<String, String> fieldKinds;

    /** {@code lists}: code list name to codes, in file order; {@code fieldKinds}: fact to list name, boolean or free. */
    Vocabulary(Map<String, List<String>> lists, Map<String, String> fieldKinds) {
        var ordered = new LinkedHashMap<String, List<String>>();
        var asSets = new LinkedHashMap<String, Set<String>>();
        lists.forEach((name, codes) -> {
            ordered.put(name, List.copyOf(codes));
            asSets.put(name, Collections.unmodifiableSet(new LinkedHashSet<>(codes)));
        });
        this.lists = Collections.unmodifiableMap(ordered);
        this.sets = Collections.unmodifiableMap(asSets);
        this.fieldKinds = Collections.unmodifiableMap(new LinkedHashMap<>(fieldKinds));
    }

    /** Every code list by name, in file order. */
    Map<String, List<String>> lists() {
        return lists;
    }

    /** Every fact a condition may test, with its kind: the name of a code list, {@code boolean} or {@code free}. */
    Map<String, String> fieldKinds() {
        return fieldKinds;
    }

    boolean isField(String field) {
        return fieldKinds.containsKey(field);
    }

    boolean isBoolean(String field) {
        return BOOLEAN.equals(fieldKinds.get(field));
    }

    /** Allowed codes of a field, or null for boolean and free fields such as {@code classification}. */
    Set<String> allowed(String field) {
        return sets.get(fieldKinds.get(field));
    }

    /** Values of the offering that are not codes of their field: they match no rule, which the explanation says. */
    List<String> unrecognised(Offering offering) {
        var out = new ArrayList<String>();
        var p = offering.product();
        var u = offering.use();
        check(out, "product.type", p.type());
        check(out, "product.origin", p.origin());
        check(out, "product.source", p.source());
        check(out, "product.donor", p.donor());
        check(out, "product.positioned_as", p.positionedAs());
        check(out, "use.setting", u.setting());
        check(out, "use.administered_by", u.administeredBy());
        if (u.routes() != null) u.routes().forEach(v -> check(out, "use.routes", v));
        if (u.indications() != null) u.indications().forEach(v -> check(out, "use.indications", v));
        if (offering.claims() != null) offering.claims().forEach(v -> check(out, "claims", v));
        if (offering.authorizations() != null)
            offering.authorizations().forEach(a -> check(out, "authorizations.active", a.type()));
        return out;
    }

    private void check(List<String> out, String field, String value) {
        var allowed = allowed(field);
        if (value != null && allowed != null && !allowed.contains(value)) out.add(field + " \"" + value + "\"");
    }

    /** The codes of one list as a set (empty for an unknown name). */
    Set<String> list(String name) {
        return sets.getOrDefault(name, Set.of());
    }
}
