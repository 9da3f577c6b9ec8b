package org.exovigil.vigilance.causality;

/** The Naranjo categories by total score: ≥9 definite, 5–8 probable, 1–4 possible, ≤0 doubtful (Naranjo 1981). */
public enum NaranjoCategory {
    DOUBTFUL,
    POSSIBLE,
    PROBABLE,
    DEFINITE;

    public static NaranjoCategory ofScore(int total) {
        if (total >= 9) return DEFINITE;
        if (total >= 5) return PROBABLE;
        if (total >= 1) return POSSIBLE;
        return DOUBTFUL;
    }
}
