package org.exovigil.app.caseseries;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One case of a series: a suspect or interacting product and a reaction of one current case version, with
 * what the panels of the series page count. A case that names the product twice (two administrations) or
 * holds the event twice gives one row for each.
 *
 * @param route the route's code, or null when not reported
 * @param administeredOn G.k.4.r.4, the start of administration, or null
 * @param onsetOn E.i.4, the onset of the reaction, or null
 * @param ageYears D.2.2, or null
 * @param sex the patient's sex code, or null
 * @param outcome E.i.7, the reaction's outcome code, or null
 * @param country the ISO 3166 code of where it happened, or null
 */
record SeriesCase(
        UUID caseId,
        String reference,
        String route,
        LocalDate administeredOn,
        LocalDate onsetOn,
        Double ageYears,
        String sex,
        boolean serious,
        String outcome,
        String country,
        Challenge dechallenge,
        Challenge rechallenge) {}
