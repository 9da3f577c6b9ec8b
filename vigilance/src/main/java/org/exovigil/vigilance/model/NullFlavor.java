package org.exovigil.vigilance.model;

import java.util.Arrays;

/**
 * Why a value is missing, where ICH E2B(R3) lets the sender say so (HL7 v3 NullFlavor, the subset the IG
 * allows): it tells a receiver whether asking again could help.
 */
public enum NullFlavor implements Coded {
    /** No information whatsoever. */
    NI,
    /** Masked, for privacy. */
    MSK,
    /** Unknown. */
    UNK,
    /** Asked, but the source did not know. */
    ASKU,
    /** Not asked. */
    NASK,
    /** Not applicable. */
    NA;

    @Override
    public String code() {
        return name();
    }

    /** The null flavour of that name, or null for anything else. */
    public static NullFlavor of(String code) {
        return Arrays.stream(values())
                .filter(flavor -> flavor.name().equals(code))
                .findFirst()
                .orElse(null);
    }
}
