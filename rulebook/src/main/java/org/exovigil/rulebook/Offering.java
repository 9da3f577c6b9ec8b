package org.exovigil.rulebook;

import java.time.LocalDate;
import java.util.List;

/**
 * An offering as described by a clinic, a product page or a user (spec/classify.md). Every field may be
 * null, which means "unknown": the engine never reads an absent fact as a harmless one.
 */
public record Offering(
        String jurisdiction,
        LocalDate date,
        Product product,
        Use use,
        List<String> claims,
        List<Authorization> authorizations,
        String marketingText) {

    public Offering {
        product = product == null ? Product.UNKNOWN : product;
        use = use == null ? Use.UNKNOWN : use;
        claims = claims == null ? null : List.copyOf(claims);
        authorizations = authorizations == null ? null : List.copyOf(authorizations);
    }

    /** What is offered. {@code minimallyManipulated} and {@code homologousUse} extend the contract for 21 CFR 1271.10(a). */
    public record Product(
            String name,
            String type,
            String origin,
            String source,
            String donor,
            Boolean containsCells,
            Boolean geneticallyModified,
            String positionedAs,
            Boolean gmp,
            Boolean minimallyManipulated,
            Boolean homologousUse) {
        static final Product UNKNOWN = new Product(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** How and where it is given. */
    public record Use(
            String setting, Boolean patientPays, List<String> routes, List<String> indications, String administeredBy) {
        static final Use UNKNOWN = new Use(null, null, null, null, null);

        public Use {
            routes = routes == null ? null : List.copyOf(routes);
            indications = indications == null ? null : List.copyOf(indications);
        }
    }

    /** An authorisation the offering holds or says it holds; status is active, pending or none. */
    public record Authorization(String type, String id, String status) {
        boolean active() {
            return "active".equals(status);
        }
    }

    public Offering withClaims(List<String> newClaims) {
        return new Offering(jurisdiction, date, product, use, newClaims, authorizations, marketingText);
    }
}
