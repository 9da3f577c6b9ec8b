package org.exovigil.app.rulebook;

/**
 * Which message names a jurisdiction. Countries reuse the portal's {@code country.*} labels, so a
 * country is called the same on every page; the EU, which is not a country, has its own.
 */
record JurisdictionLabel(String code, String messageKey) {

    static JurisdictionLabel of(String code) {
        return new JurisdictionLabel(code, "EU".equals(code) ? "rulebook.jurisdiction.EU" : "country." + code);
    }
}
