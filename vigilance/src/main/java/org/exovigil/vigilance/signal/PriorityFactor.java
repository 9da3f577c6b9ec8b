package org.exovigil.vigilance.signal;

import org.exovigil.vigilance.model.Coded;

/**
 * The terms of the priority score, each a transform of one feature so that a weight means the same at any
 * size: counts enter as log2 (each doubling adds the weight once, as a case series' strength grows less than
 * in proportion), shares and flags as they are. The transforms are Exovigil's; vigiRank fits its own by
 * shrinkage logistic regression against historical signals (Caster et al. 2014, section 2.3).
 */
public enum PriorityFactor implements Coded {
    /** IC025 above 0, capped at 3 so that one huge ratio cannot outweigh the case series. */
    IC025("ic025"),
    CASES("cases"),
    SERIOUS("serious"),
    FATAL("fatal"),
    RECENT("recent"),
    CLINICS("clinics"),
    LOTS("lots"),
    COUNTRIES("countries"),
    COMPLETENESS("completeness"),
    IMPORTANT_RISK("important_risk");

    private final String code;

    PriorityFactor(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The factor's value before weighting. */
    double of(SignalFeatures f) {
        return switch (this) {
            case IC025 -> f.ic025() == null ? 0 : Math.min(Math.max(f.ic025(), 0), 3);
            case CASES -> log2(1 + f.cases());
            case SERIOUS -> f.cases() == 0 ? 0 : (double) f.serious() / f.cases();
            case FATAL -> log2(1 + f.fatal());
            case RECENT -> log2(1 + f.recent());
            // One clinic, lot or country is no spread at all: log2(1) = 0.
            case CLINICS -> log2(Math.max(1, f.clinics()));
            case LOTS -> log2(Math.max(1, f.lots()));
            case COUNTRIES -> log2(Math.max(1, f.countries()));
            case COMPLETENESS -> f.completeness();
            case IMPORTANT_RISK -> f.importantRisk() ? 1 : 0;
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
