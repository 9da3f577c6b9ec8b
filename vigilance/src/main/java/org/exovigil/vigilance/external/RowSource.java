package org.exovigil.vigilance.external;

import java.io.Closeable;
import java.io.IOException;

/** The rows of one delimited file, streamed: its header, then one row at a time. */
interface RowSource extends Closeable {

    /** The fields of the next row, or null at the end of the file; blank lines are passed over. */
    String[] next() throws IOException;

    /** The line on which the row last returned by {@link #next} starts (the header is line 1). */
    long line();

    @Override
    void close() throws IOException;
}
