package org.exovigil.vigilance.model;

/**
 * ICH E2B(R3) D.5 sex: ISO/IEC 5218 codes 1 and 2; {@code unknown} stands for the null flavour UNK,
 * which does not identify a patient.
 */
public enum Sex implements Coded {
    MALE("male"),
    FEMALE("female"),
    UNKNOWN("unknown");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
