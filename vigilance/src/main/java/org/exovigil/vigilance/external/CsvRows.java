package org.exovigil.vigilance.external;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * The rows of a comma-separated file after RFC 4180: fields separated by commas, records by CRLF (or a
 * bare LF or CR); a field in double quotes may hold commas, quotes (doubled) and line breaks. Every cell
 * is a string, as written: "NA" is "NA", an empty cell is empty. Lenient where real files are sloppy and
 * the meaning is plain: a quote inside an unquoted field, or a quote inside a quoted field that is not
 * followed by a comma or a line end, is kept as a character. Two things cannot be read past and always
 * stop the reader (EXO-1214): a quoted field that never closes, and a record longer than {@link
 * #MAX_RECORD} characters (which is what an unclosed quote in a large file looks like).
 */
final class CsvRows implements RowSource {

    /** 4 Mi characters: VAERS free text is at most about 32,000 characters a cell. */
    static final int MAX_RECORD = 4 * 1024 * 1024;

    private final Reader in;
    private final String file;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long physicalLine = 1;
    private long recordLine;
    private boolean started;

    CsvRows(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position];
    }

    @Override
    public String[] next() throws IOException {
        while (true) {
            String[] record = record();
            if (record == null) {
                return null;
            }
            if (record.length > 1 || !record[0].isEmpty()) {
                return record;
            }
        }
    }

    private String[] record() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        recordLine = physicalLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        long length = 0;
        while (true) {
            if (++length > MAX_RECORD) {
                throw new ExternalDataException(new Problem(
                        ProblemCode.MALFORMED_ROW,
                        file + ":" + recordLine,
                        "expected a record of at most %,d characters; is a closing quote missing?"
                                .formatted(MAX_RECORD)));
            }
            if (c == -1) {
                if (quoted) {
                    throw new ExternalDataException(new Problem(
                            ProblemCode.MALFORMED_ROW,
                            file + ":" + recordLine,
                            "expected a closing quote for the field opened in this record, got the end of the file"));
                }
                fields.add(field.toString());
                return fields.toArray(String[]::new);
            }
            if (quoted) {
                if (c == '"') {
                    int after = peek();
                    if (after == '"') {
                        read();
                        field.append('"');
                    } else if (after == ',' || after == '\n' || after == '\r' || after == -1) {
                        quoted = false;
                    } else {
                        field.append('"');
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        physicalLine++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                physicalLine++;
                fields.add(field.toString());
                return fields.toArray(String[]::new);
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else {
                field.append((char) c);
            }
            fieldStart = false;
            c = read();
        }
    }

    @Override
    public long line() {
        return recordLine;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
