package org.exovigil.vigilance.model;

/**
 * ICH E2B(R3) G.k.2.3.r, an active ingredient of a drug as the sender named it.
 *
 * @param name     G.k.2.3.r.1 substance or specified substance name
 * @param id       G.k.2.3.r.2a/b the substance's TermID and its version, the code system as terminology (e.g.
 *                 FDA's UNII, 2.16.840.1.113883.4.9)
 * @param strength G.k.2.3.r.3a/b strength, per one unit of the product
 */
public record Substance(String name, CodedTerm id, Quantity strength) {

    /** Null when nothing is known. */
    public static Substance of(String name, CodedTerm id, Quantity strength) {
        String n = ElementRules.trimmedOrNull(name);
        return n == null && id == null && strength == null ? null : new Substance(n, id, strength);
    }

    /** Only a name, as Exovigil's own reports and E2B(R2) give it. */
    public static Substance named(String name) {
        return of(name, null, null);
    }
}
