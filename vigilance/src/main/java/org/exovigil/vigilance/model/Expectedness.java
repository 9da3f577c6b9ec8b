package org.exovigil.vigilance.model;

/** Whether a reaction is listed in the product's reference safety information (ICH E2A §II.C). */
public enum Expectedness implements Coded {
    EXPECTED("expected"),
    UNEXPECTED("unexpected"),
    /** The reference safety information does not cover the product. */
    UNKNOWN("unknown");

    private final String code;

    Expectedness(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
