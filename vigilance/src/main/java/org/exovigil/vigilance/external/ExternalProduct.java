package org.exovigil.vigilance.external;

import org.exovigil.vigilance.model.ProductRole;

/**
 * A product of a public case: a FAERS DRUG row or a VAERS VAX row. An empty cell is null; every other
 * cell is kept as written ("NA" included).
 *
 * @param roleCode     FAERS role_cod: PS primary suspect, SS secondary suspect, C concomitant, I
 *                     interacting; null for VAERS, which lists the vaccines given
 * @param name         FAERS drugname (verbatim) or VAERS VAX_NAME
 * @param substance    FAERS prod_ai (active ingredient) or VAERS VAX_TYPE (e.g. FLU4, HPV9)
 * @param lot          FAERS lot_num or VAERS VAX_LOT
 * @param route        FAERS route or VAERS VAX_ROUTE, as written
 * @param manufacturer VAERS VAX_MANU; null for FAERS (DRUG has no manufacturer column)
 */
public record ExternalProduct(
        String roleCode, String name, String substance, String lot, String route, String manufacturer) {

    /** PS and SS are suspect, C concomitant, I interacting; a VAERS vaccine counts as suspect. */
    public ProductRole role() {
        if (roleCode == null) {
            return ProductRole.SUSPECT;
        }
        return switch (roleCode) {
            case "PS", "SS" -> ProductRole.SUSPECT;
            case "C" -> ProductRole.CONCOMITANT;
            case "I" -> ProductRole.INTERACTING;
            default -> null;
        };
    }

    public boolean isPrimarySuspect() {
        return "PS".equals(roleCode);
    }

    /**
     * The name the signal table counts: the substance (FAERS prod_ai, VAERS VAX_TYPE), which groups brands
     * and spellings, else the name as reported; null when neither is given.
     */
    public String signalName() {
        return substance != null ? substance : name;
    }
}
