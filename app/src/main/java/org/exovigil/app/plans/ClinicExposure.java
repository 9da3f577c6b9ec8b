package org.exovigil.app.plans;

import org.exovigil.app.products.AdministrationRates;
import org.exovigil.app.products.ExposureRate;

/**
 * A clinic's adverse-event reports per 1,000 patients treated and per 1,000 administrations, over the yearly
 * reports of all its plans; the reports are the current, non-nullified ones naming it. Without patients there is
 * no rate per patient; without administrations in every yearly report there is none per administration
 * ({@link AdministrationRates}).
 *
 * @param all     reports per 1,000 patients, or null without patients
 * @param serious serious reports per 1,000 patients, or null without patients
 */
public record ClinicExposure(
        long patients,
        long reports,
        long seriousReports,
        ExposureRate all,
        ExposureRate serious,
        AdministrationRates perAdministration) {

    public static ClinicExposure of(
            long patients, long reports, long seriousReports, long administrations, boolean everyYearGave) {
        boolean denominator = patients > 0;
        return new ClinicExposure(
                patients,
                reports,
                seriousReports,
                denominator ? ExposureRate.of(reports, patients) : null,
                denominator ? ExposureRate.of(seriousReports, patients) : null,
                AdministrationRates.of(administrations, denominator && everyYearGave, reports, seriousReports));
    }

    public boolean hasDenominator() {
        return patients > 0;
    }
}
