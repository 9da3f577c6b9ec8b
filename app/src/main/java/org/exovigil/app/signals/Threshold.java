package org.exovigil.app.signals;

import java.util.function.Predicate;
import org.exovigil.signals.PairStatistics;

/**
 * The usual signal thresholds a reviewer switches on. A pair is a signal under a threshold when its
 * test holds; undefined values (NaN) never pass.
 */
public enum Threshold {
    /** Evans SJW, Waller PC, Davis S. Pharmacoepidemiol Drug Saf 2001;10:483-6: PRR >= 2, chi-square >= 4, n >= 3. */
    EVANS(row -> row.prr() >= 2 && row.chi2() >= 4 && row.n() >= 3),
    /** Bate A et al. Eur J Clin Pharmacol 1998;54:315-21 (WHO-UMC BCPNN): the lower 95% bound of IC above 0. */
    IC025(row -> row.ic025() > 0),
    /** DuMouchel W. Am Stat 1999;53:177-90 (FDA MGPS): the lower 5% bound of EBGM at least 2. */
    EB05(row -> row.eb05() >= 2);

    private final Predicate<PairStatistics> test;

    Threshold(Predicate<PairStatistics> test) {
        this.test = test;
    }

    public boolean passes(PairStatistics row) {
        return test.test(row);
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
