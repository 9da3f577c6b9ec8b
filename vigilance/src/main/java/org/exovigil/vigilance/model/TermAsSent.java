package org.exovigil.vigilance.model;

/**
 * A term exactly as the sender gave it, in words and as a TermID of the code system it chose: a route of
 * administration (ICH E2B(R3) G.k.4.r.10, G.k.4.r.11) or a dose form (G.k.4.r.9). Kept beside Exovigil's own
 * {@link Route} so that nothing is lost in passing a case on: senders use EDQM standard terms, FDA's route
 * codes (e.g. {@code 001} oral) or NCI Thesaurus codes (e.g. {@code C38288} oral), all under the EDQM code
 * system in FDA's own examples.
 *
 * @param text              the term as free text (e.g. G.k.4.r.10.1)
 * @param code              the TermID (e.g. G.k.4.r.10.2b)
 * @param codeSystem        the code system (OID) it was sent under
 * @param codeSystemVersion the TermID version (e.g. G.k.4.r.10.2a)
 */
public record TermAsSent(String text, String code, String codeSystem, String codeSystemVersion) {

    /** Null when nothing was sent. */
    public static TermAsSent of(String text, String code, String codeSystem, String codeSystemVersion) {
        String t = ElementRules.trimmedOrNull(text);
        String c = ElementRules.trimmedOrNull(code);
        return t == null && c == null
                ? null
                : new TermAsSent(
                        t, c, ElementRules.trimmedOrNull(codeSystem), ElementRules.trimmedOrNull(codeSystemVersion));
    }
}
