package org.exovigil.vigilance.duplicates;

import org.exovigil.vigilance.model.Coded;

/** A field of {@link CaseFacts} that the matcher scores; {@link #code()} is its key in the parameters file. */
public enum Field implements Coded {
    AGE("age", Kind.NUMBER),
    SEX("sex", Kind.VALUE),
    ONSET("onset", Kind.NUMBER),
    DATES("dates", Kind.SET),
    EVENTS("events", Kind.SET),
    PRODUCTS("products", Kind.SET),
    LOTS("lots", Kind.SET),
    PROVIDERS("providers", Kind.SET),
    REPORTER("reporter", Kind.VALUE),
    COUNTRY("country", Kind.VALUE);

    /** How a field is compared: one value, a set of values, or a number whose difference counts. */
    public enum Kind {
        VALUE,
        SET,
        NUMBER
    }

    private final String code;
    private final Kind kind;

    Field(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
