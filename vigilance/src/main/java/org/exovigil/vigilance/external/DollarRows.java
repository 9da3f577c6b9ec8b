package org.exovigil.vigilance.external;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The rows of a FAERS quarterly ASCII file: one record per line, fields separated by {@code $}, no
 * quoting (FDA, "ASC_NTS.pdf", the FAERS QDE description: "fields are separated by a $ sign"). A line
 * ending with or without a line feed, and with or without a carriage return, is one row.
 */
final class DollarRows implements RowSource {

    private final BufferedReader in;
    private long line;

    DollarRows(BufferedReader in) {
        this.in = in;
    }

    @Override
    public String[] next() throws IOException {
        String text;
        do {
            text = in.readLine();
            line++;
        } while (text != null && text.isBlank());
        return text == null ? null : split(text);
    }

    static String[] split(String text) {
        return text.split("\\$", -1);
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
