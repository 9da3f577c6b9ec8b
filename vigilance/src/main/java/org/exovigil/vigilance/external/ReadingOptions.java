package org.exovigil.vigilance.external;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a public data set's files are read, shared by the FAERS and VAERS readers: what to do with a row
 * that does not fit its header, who is told of progress, and the files' character set.
 */
record ReadingOptions(MalformedRows malformed, Progress progress, Charset charset) {

    ReadingOptions {
        Objects.requireNonNull(malformed, "malformed");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(charset, "charset");
    }

    /** Fails on the first malformed row and tells no one. */
    static ReadingOptions strict(Charset charset) {
        return new ReadingOptions(MalformedRows.FAIL, Progress.NONE, charset);
    }

    ReadingOptions with(MalformedRows policy) {
        return new ReadingOptions(policy, progress, charset);
    }

    ReadingOptions with(Progress listener) {
        return new ReadingOptions(malformed, listener, charset);
    }

    ReadingOptions with(Charset files) {
        return new ReadingOptions(malformed, progress, files);
    }

    /** A fresh reading, with its own counts of rows read, skipped and ragged. */
    TableReading tableReading() {
        return new TableReading(malformed, progress, charset);
    }
}
