package org.exovigil.vigilance.model;

/**
 * The four minimum criteria of a valid ICSR (ICH E2B(R3) Implementation Guide §3.3.1; ICH E2D §5.1):
 * an identifiable reporter, an identifiable patient, at least one suspect (or interacting) product and
 * at least one adverse reaction.
 */
public enum MinimumCriterion implements Coded {
    IDENTIFIABLE_REPORTER("identifiable_reporter"),
    IDENTIFIABLE_PATIENT("identifiable_patient"),
    SUSPECT_PRODUCT("suspect_product"),
    ADVERSE_REACTION("adverse_reaction");

    private final String code;

    MinimumCriterion(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
