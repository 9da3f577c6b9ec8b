package org.exovigil.vigilance.model;

import java.util.List;

/**
 * FDA.G.k.12.r, a device that is part of a drug (a combination product), as the FDA E2B(R3) Regional
 * Implementation Guide defines it; other receivers have no such element. Codes are kept as sent: the NCI
 * Thesaurus codes FDA uses for products and problems, and FDA's own lists for the rest.
 *
 * @param productCode     FDA.G.k.12.r.6 device product code, the code system as terminology
 * @param brandName       FDA.G.k.12.r.4
 * @param commonName      FDA.G.k.12.r.5
 * @param manufacturer    FDA.G.k.12.r.7.1a-e the manufacturer's name and address
 * @param malfunction     FDA.G.k.12.r.1 whether the device malfunctioned
 * @param followUpTypes   FDA.G.k.12.r.2.r what a follow-up is about (FDA's list: 1 correction, 2 additional
 *                        information, 3 response to FDA request, 4 device evaluation)
 * @param problemCodes    FDA.G.k.12.r.3 device problem codes (NCI Thesaurus)
 * @param usage           FDA.G.k.12.r.8 device usage (FDA's list: 1 initial use, 2 reuse, 3 unknown)
 * @param lot             FDA.G.k.12.r.9 device lot number
 * @param operator        FDA.G.k.12.r.10 who operated the device (FDA's list: 1 health professional, 2 patient,
 *                        3 other)
 * @param remedialActions FDA.G.k.12.r.11.r remedial actions initiated (FDA's list, e.g. 5 notification, 6
 *                        inspection)
 */
public record DeviceComponent(
        CodedTerm productCode,
        String brandName,
        String commonName,
        Manufacturer manufacturer,
        Boolean malfunction,
        List<String> followUpTypes,
        List<String> problemCodes,
        String usage,
        String lot,
        String operator,
        List<String> remedialActions) {

    public DeviceComponent {
        followUpTypes = List.copyOf(followUpTypes);
        problemCodes = List.copyOf(problemCodes);
        remedialActions = List.copyOf(remedialActions);
    }

    /** FDA.G.k.12.r.7.1a-e. */
    public record Manufacturer(String name, String street, String city, String state, String country) {

        /** Null when nothing is known. */
        public static Manufacturer of(String name, String street, String city, String state, String country) {
            Manufacturer m = new Manufacturer(
                    ElementRules.trimmedOrNull(name),
                    ElementRules.trimmedOrNull(street),
                    ElementRules.trimmedOrNull(city),
                    ElementRules.trimmedOrNull(state),
                    ElementRules.trimmedOrNull(country));
            return m.equals(new Manufacturer(null, null, null, null, null)) ? null : m;
        }
    }
}
