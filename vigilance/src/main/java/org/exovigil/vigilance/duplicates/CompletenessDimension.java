package org.exovigil.vigilance.duplicates;

/**
 * The dimensions of the vigiGrade completeness score that the Exovigil case model holds, each with the
 * share of the score lost when it is missing (Bergvall, Norén, Lindquist, Drug Saf 2014;37:65–77,
 * Table 1). The paper's tenth dimension, the indication, is left out: the case model has no element for
 * it, so no report is penalised for it and the best score stays 1.
 */
public enum CompletenessDimension {
    /** Time from treatment start to the reaction: a reaction onset and a product start date. */
    TIME_TO_ONSET(0.5),
    /** The outcome of at least one reaction, other than "unknown". */
    OUTCOME(0.3),
    /** Patient sex, "unknown" counted as missing. */
    SEX(0.3),
    /** Patient age; only an age group loses 0.1 instead of 0.3 (Table 1). */
    AGE(0.3),
    /** A dose of at least one product. */
    DOSE(0.1),
    /** Country where the reaction occurred. */
    COUNTRY(0.1),
    /** The qualification of a primary reporter (the paper's "primary reporter": physician, pharmacist…). */
    PRIMARY_REPORTER(0.1),
    /** Report type (C.1.3), "not available to sender" counted as missing. */
    REPORT_TYPE(0.1),
    /** Free text: the case narrative. */
    COMMENTS(0.1);

    private final double penalty;

    CompletenessDimension(double penalty) {
        this.penalty = penalty;
    }

    /** The share of the score lost when the dimension is missing: the score is multiplied by 1 − penalty. */
    public double penalty() {
        return penalty;
    }
}
