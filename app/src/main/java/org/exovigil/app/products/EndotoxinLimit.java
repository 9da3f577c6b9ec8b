package org.exovigil.app.products;

/**
 * The endotoxin limit of USP <85>: K/M, with K = 5 EU/kg for every route but intrathecal (0.2 EU/kg)
 * and M the maximum dose per kg per hour. For a labelled dose of V mL given within an hour to a patient
 * of the reference weight W, M = V/W mL/kg/h, so the limit is K·W/V EU per mL (70 kg, 2 mL: 175 EU/mL
 * parenteral, 7 EU/mL intrathecal; regulation.md §5.3).
 *
 * @param euPerMl the limit per mL of product
 * @param kPerKg  the K applied
 * @param why     which K and why, for the reader
 */
public record EndotoxinLimit(double euPerMl, double kPerKg, String why) {

    /** The limit for a route and a labelled dose in mL given within one hour. */
    public static EndotoxinLimit of(String route, double doseMl, QualityRules rules) {
        if (doseMl <= 0) {
            throw new IllegalArgumentException("the labelled dose must be a positive volume in mL, got " + doseMl);
        }
        boolean intrathecal = "intrathecal".equals(route);
        boolean neuraxial = rules.neuraxialAsIntrathecal().contains(route);
        double k = intrathecal || neuraxial ? rules.kIntrathecalPerKg() : rules.kPerKg();
        String why = intrathecal
                ? "intrathecal: K = %s EU/kg (USP <85>)".formatted(k)
                : neuraxial
                        ? "%s: held to the intrathecal K = %s EU/kg by Exovigil's neuraxial policy (not a published rule)"
                                .formatted(route, k)
                        : "K = %s EU/kg for every route other than intrathecal (USP <85>)".formatted(k);
        return new EndotoxinLimit(k * rules.bodyWeightKg() / doseMl, k, why);
    }
}
