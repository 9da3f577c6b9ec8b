package org.exovigil.rulebook;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offering flattened into named facts that conditions test ({@code product.type}, {@code use.routes},
 * {@code claims}, {@code authorizations.listed}, ...), and the status of each authorisation it lists. A fact is a string, a boolean or a set of codes;
 * an absent fact, or the code {@code unknown}, is unknown.
 */
final class Facts {

    private final Map<String, Object> values;
    private final boolean silenceIsUnknown;

    private Facts(Map<String, Object> values) {
        this(values, false);
    }

    private Facts(Map<String, Object> values, boolean silenceIsUnknown) {
        this.values = values;
        this.silenceIsUnknown = silenceIsUnknown;
    }

    /** The same facts, read for whether requirements are met: an authorisation not mentioned is unknown. */
    Facts forRequirements() {
        return new Facts(values, true);
    }

    boolean silenceIsUnknown() {
        return silenceIsUnknown;
    }

    static Facts of(Offering offering) {
        var v = new HashMap<String, Object>();
        var p = offering.product();
        put(v, "product.type", p.type());
        put(v, "product.origin", p.origin());
        put(v, "product.source", p.source());
        put(v, "product.donor", p.donor());
        put(v, "product.contains_cells", p.containsCells());
        put(v, "product.genetically_modified", p.geneticallyModified());
        put(v, "product.positioned_as", p.positionedAs());
        put(v, "product.gmp", p.gmp());
        put(v, "product.minimally_manipulated", p.minimallyManipulated());
        put(v, "product.homologous_use", p.homologousUse());
        put(v, "product.systemic_effect", p.systemicEffect());
        put(v, "product.depends_on_metabolic_activity", p.dependsOnMetabolicActivity());
        put(v, "product.donor_relative", p.donorRelative());
        var u = offering.use();
        put(v, "use.setting", u.setting());
        put(v, "use.patient_pays", u.patientPays());
        put(v, "use.routes", u.routes());
        put(v, "use.indications", u.indications());
        put(v, "use.administered_by", u.administeredBy());
        put(v, "use.same_surgical_procedure", u.sameSurgicalProcedure());
        put(v, "use.reproductive", u.reproductive());
        put(v, "claims", offering.claims());
        if (offering.authorizations() != null) {
            put(v, "authorizations.listed", types(offering.authorizations()));
            // Known whenever the offering gives a list, so that "unknown: authorizations.active" asks whether it did.
            put(
                    v,
                    "authorizations.active",
                    offering.authorizations().stream()
                            .filter(Offering.Authorization::active)
                            .map(Offering.Authorization::type)
                            .toList());
            var statuses = new HashMap<String, String>();
            // An active listing of a type wins over another listing of it as pending or none.
            offering.authorizations()
                    .forEach(a -> statuses.merge(
                            a.type(),
                            a.active() ? "active" : "not_active",
                            (x, y) -> x.equals("active") || y.equals("active") ? "active" : x));
            v.put(AUTHORIZATIONS, Map.copyOf(statuses));
        }
        return new Facts(v);
    }

    private static final String AUTHORIZATIONS = "authorizations.status";

    /** Each authorisation type the offering lists, with "active" or "not_active"; empty when it lists none. */
    @SuppressWarnings("unchecked")
    Optional<Map<String, String>> authorizations() {
        return Optional.ofNullable((Map<String, String>) values.get(AUTHORIZATIONS));
    }

    private static List<String> types(List<Offering.Authorization> authorizations) {
        return authorizations.stream().map(Offering.Authorization::type).toList();
    }

    private static void put(Map<String, Object> v, String field, Object value) {
        switch (value) {
            case null -> {}
            case String s when s.isBlank() || s.equals("unknown") -> {}
            case List<?> list -> {
                var set = new LinkedHashSet<String>();
                list.forEach(o -> set.add(String.valueOf(o)));
                v.put(field, Set.copyOf(set));
            }
            default -> v.put(field, value);
        }
    }

    Facts with(String field, String value) {
        var copy = new HashMap<>(values);
        put(copy, field, value);
        return new Facts(copy, silenceIsUnknown);
    }

    boolean known(String field) {
        return values.containsKey(field);
    }

    Optional<Object> get(String field) {
        return Optional.ofNullable(values.get(field));
    }
}
