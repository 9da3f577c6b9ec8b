package org.exovigil.vigilance.external;

/** What a reader does with a row that does not fit its file's header (EXO-1214). */
public enum MalformedRows {
    /** Stop at the first, with an {@link ExternalDataException} naming file, line and what was expected. */
    FAIL,
    /** Leave it out, count it, and keep its problem in the {@link ReadSummary} (the first 100 of them). */
    SKIP
}
