package org.exovigil.vigilance.model;

import java.time.LocalDate;

/**
 * What ICH E2B(R3) E.i says of a reaction beyond Exovigil's own fields, kept as received.
 *
 * @param language           E.i.1.1b the language of the term as reported (ISO 639-2, e.g. {@code por})
 * @param translation        E.i.1.2 the term as reported, translated for the receiver (250)
 * @param highlighting       E.i.3.1 term highlighted by the reporter
 * @param endedOn            E.i.5 date of end of the reaction
 * @param medicallyConfirmed E.i.8 medical confirmation by a healthcare professional, for a consumer's report
 * @param requiredIntervention FDA.E.i.3.2h intervention required to prevent permanent impairment or damage
 *                     (devices); FDA allows only true or "no information", so false stands for the latter
 * @param onsetUnknown why E.i.4 is missing, when the sender said (e.g. NASK, not asked)
 */
public record ReactionDetails(
        String language,
        String translation,
        Highlighting highlighting,
        LocalDate endedOn,
        Boolean medicallyConfirmed,
        Boolean requiredIntervention,
        NullFlavor onsetUnknown) {

    /** Null when nothing is known. */
    public static ReactionDetails of(
            String language,
            String translation,
            Highlighting highlighting,
            LocalDate endedOn,
            Boolean medicallyConfirmed,
            Boolean requiredIntervention,
            NullFlavor onsetUnknown) {
        String l = ElementRules.trimmedOrNull(language);
        String t = ElementRules.trimmedOrNull(translation);
        return l == null && t == null && highlighting == null && endedOn == null && medicallyConfirmed == null
                        && requiredIntervention == null && onsetUnknown == null
                ? null
                : new ReactionDetails(l, t, highlighting, endedOn, medicallyConfirmed, requiredIntervention, onsetUnknown);
    }

    /** These details with FDA.E.i.3.2h as given (null to leave it out). */
    public ReactionDetails withRequiredIntervention(Boolean intervention) {
        return new ReactionDetails(
                language, translation, highlighting, endedOn, medicallyConfirmed, intervention, onsetUnknown);
    }
}
