package org.exovigil.signals;

/**
 * The report-level 2x2 table of one product-event pair and the frequentist disproportionality statistics.
 *
 * <pre>
 *               event   not event
 *   product       a         b        a + b = n_product
 *   not product   c         d        c + d = n_total - n_product
 * </pre>
 *
 * Statistics follow IEEE arithmetic: a zero denominator gives Inf or NaN, never an exception, and the
 * writer prints them as {@code Inf}/{@code NaN}. References: [1] Evans, Waller, Davis, Pharmacoepidemiol
 * Drug Saf 2001;10:483-6 (PRR, chi-square); [2] van Puijenbroek et al., Pharmacoepidemiol Drug Saf
 * 2002;11:3-10 (ROR); [3] Rothman, Greenland, Modern Epidemiology (Wald intervals on the log scale).
 */
record ContingencyTable(long a, long b, long c, long d) {

    private static final double Z_975 = 1.96;

    static ContingencyTable of(long n, long productReports, long eventReports, long totalReports) {
        return new ContingencyTable(
                n, productReports - n, eventReports - n, totalReports - productReports - eventReports + n);
    }

    long total() {
        return a + b + c + d;
    }

    /** Expected count under independence, (a+b)(a+c)/N. */
    double expected() {
        return (double) (a + b) * (a + c) / total();
    }

    /** PRR = [a/(a+b)] / [c/(c+d)] [1]. */
    double prr() {
        return ((double) a / (a + b)) / ((double) c / (c + d));
    }

    /** 95% CI exp(ln PRR -/+ 1.96 SE), SE = sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d)) [1, 3]. */
    double prrLower() {
        return Math.exp(Math.log(prr()) - Z_975 * prrStandardError());
    }

    double prrUpper() {
        return Math.exp(Math.log(prr()) + Z_975 * prrStandardError());
    }

    /** ROR = ad/(bc) [2]. */
    double ror() {
        return ((double) a * d) / ((double) b * c);
    }

    /** 95% CI exp(ln ROR -/+ 1.96 SE), SE = sqrt(1/a + 1/b + 1/c + 1/d) [2, 3]. */
    double rorLower() {
        return Math.exp(Math.log(ror()) - Z_975 * rorStandardError());
    }

    double rorUpper() {
        return Math.exp(Math.log(ror()) + Z_975 * rorStandardError());
    }

    /** Pearson chi-square with 1 df, no continuity correction: N(ad - bc)^2 / [(a+b)(c+d)(a+c)(b+d)] [1]. */
    double chiSquare() {
        double cross = (double) a * d - (double) b * c;
        return total() * cross * cross / ((double) (a + b) * (c + d) * (a + c) * (b + d));
    }

    private double prrStandardError() {
        return Math.sqrt(1.0 / a - 1.0 / (a + b) + 1.0 / c - 1.0 / (c + d));
    }

    private double rorStandardError() {
        return Math.sqrt(1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d);
    }
}
