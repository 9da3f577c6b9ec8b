package org.exovigil.vigilance.model;

import java.math.BigDecimal;

/**
 * ICH E2B(R3) G.k.4.r, one dosage of a drug as the sender gave it.
 *
 * @param dose         G.k.4.r.1a
 * @param doseUnit     G.k.4.r.1b (UCUM or as sent)
 * @param interval     G.k.4.r.2 number of units in the interval
 * @param intervalUnit G.k.4.r.3 definition of the interval unit
 * @param startedOn    G.k.4.r.4, to the precision sent
 * @param endedOn      G.k.4.r.5 date of last administration, to the precision sent
 * @param duration     G.k.4.r.6a
 * @param durationUnit G.k.4.r.6b
 * @param lot          G.k.4.r.7
 * @param text         G.k.4.r.8 dosage text
 * @param form         G.k.4.r.9 pharmaceutical dose form
 * @param route        G.k.4.r.10 route of administration
 * @param parentRoute  G.k.4.r.11 parent route of administration
 * @param datesUnknown why G.k.4.r.4-5 are missing, when the sender said (e.g. ASKU, asked but unknown)
 */
public record Dosage(
        BigDecimal dose,
        String doseUnit,
        BigDecimal interval,
        String intervalUnit,
        PartialDate startedOn,
        PartialDate endedOn,
        BigDecimal duration,
        String durationUnit,
        String lot,
        String text,
        TermAsSent form,
        TermAsSent route,
        TermAsSent parentRoute,
        NullFlavor datesUnknown) {

    public Dosage {
        dose = ElementRules.plain(dose);
        interval = ElementRules.plain(interval);
        duration = ElementRules.plain(duration);
    }
}
