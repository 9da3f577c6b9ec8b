package org.exovigil.vigilance.model;

/**
 * ICH E2B(R3) G.k.3, the drug's marketing authorisation or application.
 *
 * @param number  G.k.3.1 authorisation or application number (35)
 * @param country G.k.3.2 ISO 3166-1 alpha-2 (or EU)
 * @param holder  G.k.3.3 name of the holder or applicant (60)
 */
public record Authorisation(String number, String country, String holder) {

    /** Null when nothing is known. */
    public static Authorisation of(String number, String country, String holder) {
        String n = ElementRules.trimmedOrNull(number);
        String h = ElementRules.trimmedOrNull(holder);
        return n == null && country == null && h == null ? null : new Authorisation(n, country, h);
    }
}
