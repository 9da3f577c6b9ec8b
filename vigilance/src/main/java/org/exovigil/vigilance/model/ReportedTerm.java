package org.exovigil.vigilance.model;

/**
 * A term as the reporter gave it and its MedDRA coding, either of which may be missing but not both: a
 * cause of death (ICH E2B(R3) D.9.2.r, D.9.4.r), a medical condition (D.7.1.r), an indication (G.k.7.r).
 *
 * @param text  the reporter's words (free text)
 * @param coded the MedDRA version and code
 */
public record ReportedTerm(String text, CodedTerm coded) {

    public ReportedTerm {
        if (text == null && coded == null) {
            throw new NullPointerException("text or coded");
        }
    }

    /** Null when neither is given. */
    public static ReportedTerm of(String text, CodedTerm coded) {
        String t = ElementRules.trimmedOrNull(text);
        return t == null && coded == null ? null : new ReportedTerm(t, coded);
    }
}
