package org.exovigil.app.rulebook;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.portal.Vocabulary;
import org.exovigil.rulebook.Offering;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An offering as a patient or a clinic describes it on the "Check a treatment" form, in the shared
 * vocabulary (shared/spec/vocabulary.md, shared/spec/classify.md). A field left at "not sure" stays
 * unknown, and so does a list left empty: only the explicit "none of these" boxes say that no claim is
 * made or no authorisation is held, because the engine must never read silence as reassurance.
 * A value outside the vocabulary (a hand-edited address) is dropped to unknown for the same reason.
 */
record TreatmentDescription(
        String jurisdiction,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        String name,
        String type,
        String source,
        String donor,
        String positionedAs,
        String setting,
        List<String> routes,
        List<String> indications,
        String administeredBy,
        List<String> claims,
        Boolean noClaims,
        List<String> authorizations,
        Boolean noAuthorizations) {

    /** Where the form can ask about: the rulebook's jurisdictions, with the EU member states people ask most about. */
    static final List<String> JURISDICTIONS = List.of(
            "US", "EU", "DE", "FR", "IT", "ES", "GB", "JP", "KR", "TW", "CN", "CA", "AU", "IN", "SG", "MX", "AE", "SA");

    static final List<String> PRODUCT_TYPES = Vocabulary.PRODUCT_TYPES;
    static final List<String> SOURCES = List.of(
            "adipose",
            "umbilical_cord",
            "cord_blood",
            "placenta",
            "amniotic",
            "bone_marrow",
            "dental_pulp",
            "wharton_jelly",
            "platelet",
            "peripheral_blood",
            "plant",
            "unspecified");
    static final List<String> DONORS = List.of("autologous", "allogeneic");
    static final List<String> POSITIONINGS = List.of("drug", "cosmetic", "research_reagent", "supplement", "device");
    static final List<String> SETTINGS = List.of(
            "clinic_commercial", "beauty_salon", "retail_sale", "clinical_trial", "hospital_exemption", "research");
    static final List<String> ROUTES = Vocabulary.ROUTES;
    static final List<String> INDICATIONS = List.of(
            "skin_antiaging",
            "hair_loss",
            "fatigue",
            "orthopedic_joint",
            "spine_back_pain",
            "neurological",
            "autism",
            "parkinsons",
            "covid19",
            "erectile_sexual",
            "immune",
            "wellness_longevity",
            "cancer",
            "cardiovascular",
            "respiratory",
            "wound",
            "other");
    static final List<String> ADMINISTRATORS = List.of("physician", "dentist", "nurse", "beautician", "self");
    static final List<String> CLAIMS = List.of(
            "approval_claim",
            "hctp_361_or_minimally_manipulated",
            "disease_treatment",
            "safety_claim",
            "efficacy_claim",
            "testimonials",
            "covid",
            "particle_count_potency",
            "off_label",
            "under_ind",
            "plan_approved",
            "disclaimer_unapproved",
            "price");

    static TreatmentDescription empty() {
        return new TreatmentDescription(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the form was sent: a jurisdiction is the one thing the law cannot be read without. */
    boolean asked() {
        return jurisdiction != null && !jurisdiction.isBlank();
    }

    boolean knownJurisdiction() {
        return asked() && JURISDICTIONS.contains(jurisdiction);
    }

    /** @param authorizationTypes the rulebook's authorisation codes: a ticked box outside them is dropped */
    Offering toOffering(List<String> authorizationTypes) {
        return new Offering(
                jurisdiction,
                date,
                new Offering.Product(
                        name == null || name.isBlank() ? null : name.strip(),
                        code(type, PRODUCT_TYPES),
                        null,
                        code(source, SOURCES),
                        code(donor, DONORS),
                        null,
                        null,
                        code(positionedAs, POSITIONINGS),
                        null,
                        null,
                        null),
                new Offering.Use(
                        code(setting, SETTINGS),
                        null,
                        codes(routes, ROUTES, false),
                        codes(indications, INDICATIONS, false),
                        code(administeredBy, ADMINISTRATORS)),
                codes(claims, CLAIMS, Boolean.TRUE.equals(noClaims)),
                authorizationsHeld(authorizationTypes),
                null);
    }

    private List<Offering.Authorization> authorizationsHeld(List<String> authorizationTypes) {
        var held = codes(authorizations, authorizationTypes, Boolean.TRUE.equals(noAuthorizations));
        return held == null
                ? null
                : held.stream()
                        .map(type -> new Offering.Authorization(type, null, "active"))
                        .toList();
    }

    private static String code(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    /** The chosen codes; nothing chosen is unknown, unless the person said "none of these". */
    private static List<String> codes(List<String> values, List<String> allowed, boolean noneOfThese) {
        var chosen = values == null
                ? List.<String>of()
                : values.stream().filter(allowed::contains).distinct().toList();
        if (!chosen.isEmpty()) return chosen;
        return noneOfThese ? List.of() : null;
    }
}
