package org.exovigil.signals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Pull parser for RFC 4180 CSV over a byte range of a file: it returns the rows that start inside the range
 * (the last one may run past its end), each cell as UTF-8 bytes, never converted to a String. Quoted cells
 * may hold commas, doubled quotes and line breaks; CRLF and LF both end a row; empty lines are skipped; a
 * quote inside an unquoted cell is kept as a character. Nothing is interpreted: "NA" and "" are names.
 */
final class CsvRowReader {

    private static final int MAX_KEPT_COLUMNS = 5;

    private final FileChannel channel;
    private final String fileName;
    private final long rangeEnd;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private long bufStart;
    private boolean eof;
    private long line;
    private long nextLine;

    private int columns;
    private final byte[][] cellBytes = new byte[MAX_KEPT_COLUMNS][];
    private final int[] cellOffset = new int[MAX_KEPT_COLUMNS];
    private final int[] cellLength = new int[MAX_KEPT_COLUMNS];
    private byte[] unquoted = new byte[256];
    private int unquotedSize;
    private int newlinesInRow;

    /**
     * @param firstLine the line number of {@code start}, or 0 when unknown (errors then carry line 0)
     */
    CsvRowReader(FileChannel channel, String fileName, long start, long rangeEnd, long firstLine) {
        this.channel = channel;
        this.fileName = fileName;
        this.bufStart = start;
        this.rangeEnd = rangeEnd;
        this.nextLine = firstLine;
    }

    /** Parses the next row; false when no row starts before the end of the range. */
    boolean next() throws IOException {
        while (true) {
            if (bufStart + pos >= rangeEnd || (pos == limit && eof)) {
                return false;
            }
            if (pos == limit) {
                refill();
                continue;
            }
            byte first = buf[pos];
            if (first == '\n' || first == '\r') {
                int end = lineEnd(pos);
                if (end < 0) {
                    refill();
                    continue;
                }
                pos = end;
                nextLine = advance(nextLine, 1);
                continue;
            }
            line = nextLine;
            int end = parseRow(pos);
            if (end < 0) {
                refill();
                continue;
            }
            pos = end;
            nextLine = advance(nextLine, 1 + newlinesInRow);
            return true;
        }
    }

    int columns() {
        return columns;
    }

    byte[] bytes(int column) {
        return cellBytes[column];
    }

    int offset(int column) {
        return cellOffset[column];
    }

    int length(int column) {
        return cellLength[column];
    }

    /** The line number of the next row, or 0 when unknown. */
    long nextLine() {
        return nextLine;
    }

    /** The file position just after the last row returned. */
    long position() {
        return bufStart + pos;
    }

    /** An error at the line of the current row. */
    SignalInputException error(String detail) {
        return new SignalInputException(fileName, line, detail);
    }

    private static long advance(long lineNumber, int lines) {
        return lineNumber == 0 ? 0 : lineNumber + lines;
    }

    private int lineEnd(int i) {
        if (buf[i] == '\n') {
            return i + 1;
        }
        if (i + 1 == limit) {
            return eof ? i + 1 : -1;
        }
        return buf[i + 1] == '\n' ? i + 2 : i + 1;
    }

    private int parseRow(int start) {
        columns = 0;
        unquotedSize = 0;
        newlinesInRow = 0;
        int i = start;
        while (true) {
            if (i == limit) {
                if (!eof) {
                    return -1;
                }
                keep(buf, i, 0);
                return i;
            }
            if (buf[i] == '"') {
                i = parseQuoted(i + 1);
                if (i < 0) {
                    return -1;
                }
            } else {
                int cellStart = i;
                while (i < limit) {
                    byte c = buf[i];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    i++;
                }
                if (i == limit && !eof) {
                    return -1;
                }
                keep(buf, cellStart, i - cellStart);
            }
            if (i == limit) {
                return i;
            }
            if (buf[i] == ',') {
                i++;
                continue;
            }
            return lineEnd(i);
        }
    }

    private int parseQuoted(int contentStart) {
        int cellStart = unquotedSize;
        int i = contentStart;
        while (true) {
            int quote = i;
            while (quote < limit && buf[quote] != '"') {
                if (buf[quote] == '\n') {
                    newlinesInRow++;
                }
                quote++;
            }
            if (quote == limit) {
                if (!eof) {
                    return -1;
                }
                throw error("expected a closing quote before the end of the file");
            }
            append(i, quote - i);
            if (quote + 1 == limit && !eof) {
                return -1;
            }
            if (quote + 1 < limit && buf[quote + 1] == '"') {
                append(quote, 1);
                i = quote + 2;
                continue;
            }
            int after = quote + 1;
            if (after < limit && buf[after] != ',' && buf[after] != '\n' && buf[after] != '\r') {
                throw error("expected a comma or the end of the line after a closing quote");
            }
            keep(unquoted, cellStart, unquotedSize - cellStart);
            return after;
        }
    }

    private void append(int from, int length) {
        if (unquotedSize + length > unquoted.length) {
            unquoted = Arrays.copyOf(unquoted, Math.max(unquoted.length * 2, unquotedSize + length));
        }
        System.arraycopy(buf, from, unquoted, unquotedSize, length);
        unquotedSize += length;
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (columns < MAX_KEPT_COLUMNS) {
            cellBytes[columns] = bytes;
            cellOffset[columns] = offset;
            cellLength[columns] = length;
        }
        columns++;
    }

    private void refill() throws IOException {
        int kept = limit - pos;
        if (pos == 0 && limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else {
            System.arraycopy(buf, pos, buf, 0, kept);
            bufStart += pos;
            pos = 0;
            limit = kept;
        }
        ByteBuffer target = ByteBuffer.wrap(buf, limit, buf.length - limit);
        int read = channel.read(target, bufStart + limit);
        if (read <= 0) {
            eof = true;
        } else {
            limit += read;
        }
    }
}
