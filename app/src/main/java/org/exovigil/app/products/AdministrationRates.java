package org.exovigil.app.products;

/**
 * Adverse-event reports per 1,000 administrations, with the exact Poisson interval of {@link ExposureRate}
 * (Garwood 1936). A patient given a course of drips is one patient but several administrations, so this rate
 * and the rate per patient answer different questions; both rest on counts the clinics gave. The count must
 * cover every patient the reports could come from: when only some yearly reports (or none) gave
 * administrations, the reports of the others would sit over too small a denominator, so no rate is given.
 *
 * @param administrations administrations counted, 0 when none was given
 * @param whole           whether the count covers everyone the reports come from
 * @param reports         reports in the numerator
 * @param seriousReports  those of them that are serious
 * @param all             rate of {@code reports}, or null without a whole, non-zero count
 * @param serious         rate of {@code seriousReports}, or null without a whole, non-zero count
 */
public record AdministrationRates(
        long administrations,
        boolean whole,
        long reports,
        long seriousReports,
        ExposureRate all,
        ExposureRate serious) {

    public static AdministrationRates of(long administrations, boolean whole, long reports, long seriousReports) {
        if (administrations < 0 || reports < 0 || seriousReports < 0 || seriousReports > reports) {
            throw new IllegalArgumentException(
                    "expected counts >= 0 and serious <= reports, got %d administrations, %d reports, %d serious"
                            .formatted(administrations, reports, seriousReports));
        }
        boolean rated = whole && administrations > 0;
        return new AdministrationRates(
                administrations,
                whole,
                reports,
                seriousReports,
                rated ? ExposureRate.of(reports, administrations) : null,
                rated ? ExposureRate.of(seriousReports, administrations) : null);
    }

    /** A rate can be given: the count is whole and not zero. */
    public boolean rated() {
        return all != null;
    }
}
