package org.exovigil.vigilance.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * ICH E2B(R3) G.k, one product given to the patient.
 *
 * @param role      G.k.1 characterisation of the drug role
 * @param name      G.k.2.2 medicinal product name as reported, up to 250 characters
 * @param type      what kind of product ({@code spec/vocabulary.md}); null when not known
 * @param lot       G.k.4.r.7 batch/lot number, up to 35 characters
 * @param route     G.k.4.r.10 route of administration
 * @param provider  the clinic or practitioner who gave it (Exovigil; E2B has no element for it, the
 *                  registry links it to a provider record)
 * @param dose      G.k.4.r.1 and G.k.4.r.8; null when not reported
 * @param startedOn G.k.4.r.4 date of start of administration; null when unknown
 * @param routeAsReported G.k.4.r.10 as the sender coded it, when it came from another system; null for
 *                  Exovigil's own reports, whose {@code route} says it all
 * @param details   G.k elements beyond these (identifier, substances, authorisation, indications, action
 *                  taken); null when none were sent
 */
public record Product(
        ProductRole role,
        String name,
        ProductType type,
        String lot,
        Route route,
        String provider,
        Dose dose,
        LocalDate startedOn,
        TermAsSent routeAsReported,
        DrugDetails details) {

    public Product {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
    }

    public static Checked<Product> of(
            ProductRole role,
            String name,
            ProductType type,
            String lot,
            Route route,
            String provider,
            Dose dose,
            LocalDate startedOn) {
        return of(role, name, type, lot, route, provider, dose, startedOn, null);
    }

    public static Checked<Product> of(
            ProductRole role,
            String name,
            ProductType type,
            String lot,
            Route route,
            String provider,
            Dose dose,
            LocalDate startedOn,
            TermAsSent routeAsReported) {
        return of(role, name, type, lot, route, provider, dose, startedOn, routeAsReported, null);
    }

    public static Checked<Product> of(
            ProductRole role,
            String name,
            ProductType type,
            String lot,
            Route route,
            String provider,
            Dose dose,
            LocalDate startedOn,
            TermAsSent routeAsReported,
            DrugDetails details) {
        if (details == null || details.dosages().isEmpty()) {
            return check(role, name, type, lot, route, provider, dose, startedOn, routeAsReported, details);
        }
        // With every dosage as sent, the product's own lot, dose, start and route are the first's.
        Dosage first = details.dosages().getFirst();
        Dose firstDose = first.dose() == null && first.doseUnit() == null && first.text() == null
                ? null
                : new Dose(first.dose(), first.doseUnit(), first.text());
        LocalDate firstDay =
                first.startedOn() == null ? null : first.startedOn().date();
        return check(role, name, type, first.lot(), route, provider, firstDose, firstDay, first.route(), details);
    }

    private static Checked<Product> check(
            ProductRole role,
            String name,
            ProductType type,
            String lot,
            Route route,
            String provider,
            Dose dose,
            LocalDate startedOn,
            TermAsSent routeAsReported,
            DrugDetails details) {
        List<Problem> problems = new ArrayList<>();
        String n = ElementRules.trimmedOrNull(name);
        String l = ElementRules.trimmedOrNull(lot);
        String p = ElementRules.trimmedOrNull(provider);
        if (role == null) {
            problems.add(
                    new Problem(ProblemCode.MISSING, "role", "expected one of " + Coded.codesOf(ProductRole.class)));
        }
        ElementRules.required("name", n, problems);
        ElementRules.maxLength("name", n, 250, problems);
        ElementRules.maxLength("lot", l, 35, problems);
        ElementRules.maxLength("provider", p, 250, problems);
        if (dose != null) {
            ElementRules.maxLength("dose.unit", dose.unit(), 50, problems);
            ElementRules.maxLength("dose.text", dose.text(), 2000, problems);
        }
        Dose d = dose == null || dose.value() == null
                ? dose
                : new Dose(ElementRules.plain(dose.value()), dose.unit(), dose.text());
        if (routeAsReported != null) {
            ElementRules.maxLength("routeAsReported.text", routeAsReported.text(), 60, problems);
            ElementRules.maxLength("routeAsReported.code", routeAsReported.code(), 100, problems);
        }
        if (details != null && details.authorisation() != null) {
            ElementRules.maxLength(
                    "details.authorisation.number", details.authorisation().number(), 35, problems);
            ElementRules.country(
                    "details.authorisation.country", details.authorisation().country(), problems);
            ElementRules.maxLength(
                    "details.authorisation.holder", details.authorisation().holder(), 60, problems);
        }
        if (details != null) {
            ElementRules.country("details.obtainedIn", details.obtainedIn(), problems);
        }
        return Checked.unless(
                problems, () -> new Product(role, n, type, l, route, p, d, startedOn, routeAsReported, details));
    }
}
