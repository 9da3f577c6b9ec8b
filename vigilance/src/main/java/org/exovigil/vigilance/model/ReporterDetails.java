package org.exovigil.vigilance.model;

/**
 * What ICH E2B(R3) C.2.r says of a reporter beyond {@link PrimarySource}'s own fields: the name in its parts
 * and the reporter's address, kept as received (personal data, stored apart from the clinical data).
 *
 * @param title      C.2.r.1.1 (50)
 * @param givenName  C.2.r.1.2 (60)
 * @param middleName C.2.r.1.3 (60)
 * @param familyName C.2.r.1.4 (60)
 * @param department C.2.r.2.2 (60)
 * @param street     C.2.r.2.3 (100); the address's street lines, one per line
 * @param city       C.2.r.2.4 (35)
 * @param state      C.2.r.2.5 (40)
 * @param postcode   C.2.r.2.6 (15)
 * @param telephone  C.2.r.2.7 (33)
 * @param email      the reporter's e-mail address (FDA.C.2.r.2.8)
 */
public record ReporterDetails(
        String title,
        String givenName,
        String middleName,
        String familyName,
        String department,
        String street,
        String city,
        String state,
        String postcode,
        String telephone,
        String email) {

    /** Null when nothing is known. */
    public static ReporterDetails of(
            String title,
            String givenName,
            String middleName,
            String familyName,
            String department,
            String street,
            String city,
            String state,
            String postcode,
            String telephone,
            String email) {
        var details = new ReporterDetails(
                ElementRules.trimmedOrNull(title),
                ElementRules.trimmedOrNull(givenName),
                ElementRules.trimmedOrNull(middleName),
                ElementRules.trimmedOrNull(familyName),
                ElementRules.trimmedOrNull(department),
                ElementRules.trimmedOrNull(street),
                ElementRules.trimmedOrNull(city),
                ElementRules.trimmedOrNull(state),
                ElementRules.trimmedOrNull(postcode),
                ElementRules.trimmedOrNull(telephone),
                ElementRules.trimmedOrNull(email));
        return details.equals(new ReporterDetails(null, null, null, null, null, null, null, null, null, null, null))
                ? null
                : details;
    }

    /** Whether the name came in its parts. */
    public boolean hasNameParts() {
        return title != null || givenName != null || middleName != null || familyName != null;
    }
}
