package org.exovigil.vigilance.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What ICH E2B(R3) E.i (and FHIR R4's AdverseEvent) says of a reaction beyond Exovigil's own fields, kept as
 * received.
 *
 * @param language             E.i.1.1b the language of the term as reported (ISO 639-2, e.g. {@code por})
 * @param translation          E.i.1.2 the term as reported, translated for the receiver (250)
 * @param highlighting         E.i.3.1 term highlighted by the reporter
 * @param endedOn              E.i.5 date of end of the reaction, to the precision sent
 * @param medicallyConfirmed   E.i.8 medical confirmation by a healthcare professional, for a consumer's report
 * @param requiredIntervention FDA.E.i.3.2h intervention required to prevent permanent impairment or damage
 *                             (devices); FDA allows only true or "no information", so false stands for the latter
 * @param onsetUnknown         why E.i.4 is missing, when the sender said (e.g. NASK, not asked)
 * @param severity             how intense it was (FHIR R4 AdverseEvent.severity; no E2B element); null when not said
 * @param categories           what kind of event it is, as the sender coded it (FHIR R4 AdverseEvent.category, e.g.
 *                             product-use-error; no E2B element)
 * @param onsetAsSent          E.i.4 as sent when it says more or less than the calendar day the reaction's onset
 *                             holds: a year or a month (the onset is then unknown), or a time of day
 * @param country              E.i.9 where this reaction occurred, when it is not the case's occurrence country
 */
public record ReactionDetails(
        String language,
        String translation,
        Highlighting highlighting,
        PartialDate endedOn,
        Boolean medicallyConfirmed,
        Boolean requiredIntervention,
        NullFlavor onsetUnknown,
        Severity severity,
        List<CodedTerm> categories,
        PartialDate onsetAsSent,
        String country) {

    public ReactionDetails {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Null when nothing is known. */
    public static ReactionDetails of(
            String language,
            String translation,
            Highlighting highlighting,
            LocalDate endedOn,
            Boolean medicallyConfirmed) {
        return of(
                language,
                translation,
                highlighting,
                PartialDate.of(endedOn),
                medicallyConfirmed,
                null,
                null,
                null,
                List.of(),
                null,
                null);
    }

    /** Null when nothing is known. */
    public static ReactionDetails of(
            String language,
            String translation,
            Highlighting highlighting,
            PartialDate endedOn,
            Boolean medicallyConfirmed,
            Boolean requiredIntervention,
            NullFlavor onsetUnknown,
            Severity severity,
            List<CodedTerm> categories,
            PartialDate onsetAsSent,
            String country) {
        String l = ElementRules.trimmedOrNull(language);
        String t = ElementRules.trimmedOrNull(translation);
        return l == null
                        && t == null
                        && highlighting == null
                        && endedOn == null
                        && medicallyConfirmed == null
                        && requiredIntervention == null
                        && onsetUnknown == null
                        && severity == null
                        && categories.isEmpty()
                        && onsetAsSent == null
                        && country == null
                ? null
                : new ReactionDetails(
                        l,
                        t,
                        highlighting,
                        endedOn,
                        medicallyConfirmed,
                        requiredIntervention,
                        onsetUnknown,
                        severity,
                        categories,
                        onsetAsSent,
                        country);
    }

    /** E.i.4 as sent, when it still stands for {@code onset}: the same day, or no day where none is known. */
    public PartialDate onsetAsSentFor(LocalDate onset) {
        return onsetAsSent == null || !Objects.equals(onsetAsSent.date(), onset) ? null : onsetAsSent;
    }

    /** These details with FDA.E.i.3.2h as given (null to leave it out). */
    public ReactionDetails withRequiredIntervention(Boolean intervention) {
        return new ReactionDetails(
                language,
                translation,
                highlighting,
                endedOn,
                medicallyConfirmed,
                intervention,
                onsetUnknown,
                severity,
                categories,
                onsetAsSent,
                country);
    }
}
