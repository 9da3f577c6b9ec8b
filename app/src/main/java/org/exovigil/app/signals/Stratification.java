package org.exovigil.app.signals;

import java.util.Locale;

/**
 * What the expected counts may be stratified by on the signals page. Each report falls in exactly one
 * stratum, as openEBGM's {@code processRaw} assumes (E = sum over strata s of n_product,s n_event,s / n_s;
 * Canida and Ihrie, R Journal 2017;9(2):499-519; DuMouchel 1999 section 4): a report whose suspect products
 * were given by different routes is in the stratum "several routes", and one that does not say is in the
 * stratum "not reported".
 */
public enum Stratification {
    NONE,
    SEX,
    AGE,
    COUNTRY,
    ROUTE;

    /** The stratum of a report that does not give the value. */
    static final String NOT_REPORTED = "not-reported";

    /** The stratum of a report whose suspect products were given by more than one route. */
    static final String SEVERAL = "several";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stratification a code names, or null. */
    static Stratification of(String code) {
        for (Stratification by : values()) {
            if (by.code().equals(code)) {
                return by;
            }
        }
        return null;
    }

    /** The stratum of a report; routes are its suspect products' distinct routes joined by spaces. */
    String stratumOf(CaseSignals.CaseRow row, AgeBands ages) {
        String value = switch (this) {
            case NONE -> "";
            case SEX -> "unknown".equals(row.sex()) ? null : row.sex();
            case AGE -> ages.bandOf(row.ageYears());
            case COUNTRY -> row.country() == null ? null : row.country().strip().toUpperCase(Locale.ROOT);
            case ROUTE -> row.routes() == null ? null : row.routes().contains(" ") ? SEVERAL : row.routes();
        };
        return value == null || value.isBlank() ? NOT_REPORTED : value;
    }
}
