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

    /**
     * What is offered. The fields after {@code gmp} extend the contract of spec/classify.md for the
     * criteria of 21 CFR 1271.10(a): {@code minimallyManipulated} (a)(1), {@code homologousUse} (a)(2),
     * {@code systemicEffect} and {@code dependsOnMetabolicActivity} (a)(4), and {@code donorRelative} (the
     * allogeneic donor is a first- or second-degree blood relative of the recipient, (a)(4)(ii)(b)).
     */
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
            Boolean homologousUse,
            Boolean systemicEffect,
            Boolean dependsOnMetabolicActivity,
            Boolean donorRelative) {
        static final Product UNKNOWN =
                new Product(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        /** A product described without the 21 CFR 1271.10(a)(4) facts, which stay unknown. */
        public Product(
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
            this(
                    name,
                    type,
                    origin,
                    source,
                    donor,
                    containsCells,
                    geneticallyModified,
                    positionedAs,
                    gmp,
                    minimallyManipulated,
                    homologousUse,
                    null,
                    null,
                    null);
        }
    }

    /**
     * How and where it is given. {@code sameSurgicalProcedure} (removed from and put back into the same
     * patient during one surgical procedure, 21 CFR 1271.15(b)) and {@code reproductive} (reproductive use,
     * 21 CFR 1271.10(a)(4)(ii)(c)) extend the contract of spec/classify.md.
     */
    public record Use(
            String setting,
            Boolean patientPays,
            List<String> routes,
            List<String> indications,
            String administeredBy,
            Boolean sameSurgicalProcedure,
            Boolean reproductive) {
        static final Use UNKNOWN = new Use(null, null, null, null, null, null, null);

        public Use {
            routes = routes == null ? null : List.copyOf(routes);
            indications = indications == null ? null : List.copyOf(indications);
        }

        /** A use described with the fields of spec/classify.md only; the extensions stay unknown. */
        public Use(
                String setting,
                Boolean patientPays,
                List<String> routes,
                List<String> indications,
                String administeredBy) {
            this(setting, patientPays, routes, indications, administeredBy, null, null);
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
