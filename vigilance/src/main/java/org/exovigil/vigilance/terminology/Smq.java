package org.exovigil.vigilance.terminology;

/**
 * A Standardised MedDRA Query from {@code smq_list.asc}: its code, name, level in the SMQ hierarchy (1 the
 * broadest), description, the algorithm that combines its categories (null for a non-algorithmic SMQ, N in
 * the file) and whether it is active (status A).
 */
public record Smq(long code, String name, int level, String description, String algorithm, boolean active) {

    public boolean algorithmic() {
        return algorithm != null;
    }
}
