package org.exovigil.app.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exovigil.rulebook.Offering;

/**
 * What a version of a plan holds, whether filed first or as a change: the product, its use, and the consent form.
 * Source and donor may be null or blank when the provider did not state them.
 */
public record PlanContent(
        String productName,
        String productType,
        String source,
        String donor,
        String indication,
        String route,
        String dose,
        String consent) {

    /** The content as a version stores it: texts stripped, an unstated source or donor null. */
    PlanContent stored() {
        return new PlanContent(
                productName.strip(),
                productType,
                blankToNull(source),
                blankToNull(donor),
                indication,
                route,
                dose.strip(),
                consent.strip());
    }

    /** The fields of {@code changes} in provision-plans.yaml in which this content differs from the one in force. */
    List<String> changedFrom(PlanContent inForce) {
        var changed = new ArrayList<String>();
        if (!same(productName, inForce.productName)
                || !same(productType, inForce.productType)
                || !same(source, inForce.source)
                || !same(donor, inForce.donor)) {
            changed.add("product");
        }
        if (!same(indication, inForce.indication)) {
            changed.add("indication");
        }
        if (!same(route, inForce.route)) {
            changed.add("route");
        }
        if (!same(dose, inForce.dose)) {
            changed.add("dose");
        }
        if (!same(consent, inForce.consent)) {
            changed.add("consent");
        }
        return List.copyOf(changed);
    }

    /**
     * The offering the rulebook classifies to tell whether the law of {@code jurisdiction} requires a plan: this
     * product given by a clinic for pay (spec/classify.md, setting {@code clinic_commercial}) for its one route and
     * indication, on {@code day}; every other fact unknown.
     */
    Offering offering(String jurisdiction, LocalDate day) {
        var product = new Offering.Product(
                null, trimmed(productType), null, stated(source), stated(donor), null, null, null, null, null, null);
        var use = new Offering.Use("clinic_commercial", null, List.of(route.trim()), List.of(indication.trim()), null);
        return new Offering(trimmed(jurisdiction), day, product, use, null, null, null);
    }

    /** A code as the rulebook reads it, trimmed. */
    private static String trimmed(String code) {
        return code == null ? null : code.trim();
    }

    /** A code the provider may leave unstated, which the rulebook then takes as unknown. */
    private static String stated(String code) {
        return blank(code) ? null : code.trim();
    }

    private static boolean same(String proposed, String inForce) {
        return (proposed == null ? "" : proposed.strip()).equals(inForce == null ? "" : inForce.strip());
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
