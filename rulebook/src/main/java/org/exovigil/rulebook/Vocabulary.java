package org.exovigil.rulebook;

import java.util.Map;
import java.util.Set;

/**
 * The shared codes (spec/vocabulary.md, spec/classify.md) and which facts take which codes, read from
 * {@code rulebook/vocabulary.yaml}. Rule files are checked against it so a typo in a code is a load
 * error, not a rule that silently never fires.
 */
record Vocabulary(Map<String, Set<String>> codes, Map<String, String> fieldKinds) {

    static final String BOOLEAN = "boolean";

    boolean isField(String field) {
        return fieldKinds.containsKey(field);
    }

    boolean isBoolean(String field) {
        return BOOLEAN.equals(fieldKinds.get(field));
    }

    /** Allowed codes of a field, or null for free fields such as {@code classification}. */
    Set<String> allowed(String field) {
        return codes.get(fieldKinds.get(field));
    }

    /** Values of the offering that are not codes of their field: they match no rule, which the explanation says. */
    java.util.List<String> unrecognised(Offering offering) {
        var out = new java.util.ArrayList<String>();
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

    private void check(java.util.List<String> out, String field, String value) {
        var allowed = allowed(field);
        if (value != null && allowed != null && !allowed.contains(value)) out.add(field + " \"" + value + "\"");
    }

    Set<String> list(String name) {
        return codes.getOrDefault(name, Set.of());
    }
}
