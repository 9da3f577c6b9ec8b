package org.exovigil.vigilance.external;

/**
 * Told how far a reader has come: after every {@link #EVERY} rows of a file and once more at its end, so
 * a user watching a quarter of several hundred megabytes load sees it move.
 */
@FunctionalInterface
public interface Progress {

    long EVERY = 100_000;

    /** No one is watching. */
    Progress NONE = (file, rows) -> {};

    /** {@code rows} data rows of {@code file} (its name, e.g. {@code DRUG22Q4.txt}) have been read so far. */
    void rowsRead(String file, long rows);
}
