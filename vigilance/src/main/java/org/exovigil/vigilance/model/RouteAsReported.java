package org.exovigil.vigilance.model;

/**
 * ICH E2B(R3) G.k.4.r.10, the route of administration exactly as the sender coded it, kept beside
 * Exovigil's own {@link Route} so that nothing is lost in passing a case on: senders use EDQM standard
 * terms, FDA's route codes (e.g. {@code 001} oral) or NCI Thesaurus codes (e.g. {@code C38288} oral), all
 * under the EDQM code system in FDA's own examples.
 *
 * @param text              G.k.4.r.10.1 route as free text
 * @param code              G.k.4.r.10.2b route TermID
 * @param codeSystem        the code system (OID) it was sent under
 * @param codeSystemVersion G.k.4.r.10.2a route TermID version
 */
public record RouteAsReported(String text, String code, String codeSystem, String codeSystemVersion) {

    /** Null when nothing was sent. */
    public static RouteAsReported of(String text, String code, String codeSystem, String codeSystemVersion) {
        String t = ElementRules.trimmedOrNull(text);
        String c = ElementRules.trimmedOrNull(code);
        return t == null && c == null
                ? null
                : new RouteAsReported(t, c, ElementRules.trimmedOrNull(codeSystem), ElementRules.trimmedOrNull(codeSystemVersion));
    }
}
