package org.exovigil.app.products;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Adverse events per 1,000 patients treated, with the exact Poisson 95% interval (Garwood 1936:
 * lower = chi2(0.025; 2k)/2, upper = chi2(0.975; 2k + 2)/2 events, scaled by 1,000/n; with k = 0 the
 * lower bound is 0). Provision reports give n, the denominator spontaneous reporting lacks.
 */
public record ExposureRate(long events, long patients, double perThousand, double lower, double upper) {

    public static ExposureRate of(long events, long patients) {
        if (events < 0 || patients <= 0) {
            throw new IllegalArgumentException(
                    "expected events >= 0 and patients > 0, got " + events + " events in " + patients + " patients");
        }
        double scale = 1000.0 / patients;
        double lower =
                events == 0 ? 0 : new ChiSquaredDistribution(2.0 * events).inverseCumulativeProbability(0.025) / 2;
        double upper = new ChiSquaredDistribution(2.0 * events + 2).inverseCumulativeProbability(0.975) / 2;
        return new ExposureRate(events, patients, events * scale, lower * scale, upper * scale);
    }
}
