package org.exovigil.vigilance.clock;

import java.util.Objects;

/**
 * Where a duty comes from: the instrument and section, an address to read it, and how far it was
 * checked ({@code verified}, {@code secondary}, {@code unverified}, or {@code policy} for Exovigil's
 * own voluntary rules).
 */
public record Basis(String source, String url, String status) {

    public Basis {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
