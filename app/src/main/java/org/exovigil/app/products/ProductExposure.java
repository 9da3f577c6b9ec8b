package org.exovigil.app.products;

/**
 * A product's adverse-event rates per 1,000 patients treated. The patients are those the yearly provision
 * reports of plans naming the product count (under the version in force at each period's end); the
 * reports are Exovigil's current, non-nullified ones naming the product at the clinics that gave those
 * counts, so numerator and denominator describe the same people. Reports naming the product elsewhere
 * are counted apart, not in the rate. Each rate has the exact Poisson interval of {@link ExposureRate};
 * without patients there is no denominator and no rate. Where every yearly report counted also gave the
 * administrations its patients received, the same reports are rated per 1,000 administrations too.
 *
 * @param reports        reports naming the product at the counting clinics
 * @param seriousReports those of them that are serious
 * @param countedSerious serious events the clinics counted themselves in their yearly reports
 * @param reportsOutside reports naming the product with no clinic, or at clinics that gave no count
 * @param all            rate of {@code reports}, or null without patients
 * @param serious        rate of {@code seriousReports}, or null without patients
 * @param counted        rate of {@code countedSerious}, or null without patients
 * @param perAdministration the reports per 1,000 administrations, rated only when every yearly report gave them
 */
public record ProductExposure(
        long patients,
        long reports,
        long seriousReports,
        long countedSerious,
        long reportsOutside,
        ExposureRate all,
        ExposureRate serious,
        ExposureRate counted,
        AdministrationRates perAdministration) {

    /**
     * @param administrations the administrations the yearly reports gave
     * @param everyYearGave   whether every yearly report counted gave them
     */
    public static ProductExposure of(
            long patients,
            long reports,
            long seriousReports,
            long countedSerious,
            long reportsOutside,
            long administrations,
            boolean everyYearGave) {
        boolean denominator = patients > 0;
        return new ProductExposure(
                patients,
                reports,
                seriousReports,
                countedSerious,
                reportsOutside,
                denominator ? ExposureRate.of(reports, patients) : null,
                denominator ? ExposureRate.of(seriousReports, patients) : null,
                denominator ? ExposureRate.of(countedSerious, patients) : null,
                AdministrationRates.of(administrations, denominator && everyYearGave, reports, seriousReports));
    }

    public boolean hasDenominator() {
        return patients > 0;
    }
}
