package org.exovigil.vigilance.model;

import java.util.List;

/**
 * What the FDA E2B(R3) Regional Implementation Guide adds to a drug (G.k); other receivers have no such
 * elements, so an export to them leaves these out whole.
 *
 * @param otherRole           FDA.G.k.1.a FDA's other characterisation of the drug's role, in FDA's list (e.g. 1
 *                            similar device)
 * @param specializedCategory FDA.G.k.10.1 FDA specialised product category, an NCI Thesaurus code (e.g. C102835 a
 *                            prefilled drug delivery device)
 * @param additionalCodes     FDA.G.k.10a FDA's additional information on the drug, codes in FDA's list (e.g. 1 test
 *                            product, 2 reference product in a bioequivalence study) or a null flavour (e.g. NA)
 * @param devices             FDA.G.k.12.r the devices the product includes
 */
public record FdaDrugDetails(
        String otherRole, String specializedCategory, List<String> additionalCodes, List<DeviceComponent> devices) {

    public FdaDrugDetails {
        additionalCodes = List.copyOf(additionalCodes);
        devices = List.copyOf(devices);
    }

    /** Null when nothing is known. */
    public static FdaDrugDetails of(
            String otherRole, String specializedCategory, List<String> additionalCodes, List<DeviceComponent> devices) {
        String role = ElementRules.trimmedOrNull(otherRole);
        String category = ElementRules.trimmedOrNull(specializedCategory);
        return role == null && category == null && additionalCodes.isEmpty() && devices.isEmpty()
                ? null
                : new FdaDrugDetails(role, category, additionalCodes, devices);
    }
}
