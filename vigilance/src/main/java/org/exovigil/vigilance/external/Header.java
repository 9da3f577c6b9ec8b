package org.exovigil.vigilance.external;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * The header line of a data file and the shape it gives the rows. Column names are matched without
 * regard to case. A row fits when it has as many fields as the header, or, in a {@code $} file, one more
 * that is empty (a trailing delimiter, as older FAERS files end every line). A row with more fields than the header fits
 * only in a file that has free-text columns (a VAERS DATA file whose free text was written with bare
 * commas): it is "ragged", and its columns before the first free-text column and after the last one are
 * still known (those after are counted from the row's end), the ones in between are not.
 */
final class Header {

    private final String file;
    private final char delimiter;
    private final String[] names;
    private final Map<String, Integer> index = new HashMap<>();
    private final int firstFreeText;
    private final int lastFreeText;

    Header(String file, char delimiter, String[] names, Set<String> freeText) {
        this.file = file;
        this.delimiter = delimiter;
        int n = names.length;
        if (delimiter == '$' && n > 1 && names[n - 1].isBlank()) {
            n--; // a trailing delimiter
        }
        this.names = Arrays.copyOf(names, n);
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            String name = this.names[i].strip().toUpperCase(Locale.ROOT);
            index.putIfAbsent(name, i);
            if (freeText.contains(name)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        this.firstFreeText = first;
        this.lastFreeText = last;
    }

    String file() {
        return file;
    }

    int size() {
        return names.length;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The row, or a problem when it does not fit the header. */
    Row row(String[] fields, long line) {
        int n = names.length;
        boolean trailingDelimiter = delimiter == '$' && fields.length == n + 1 && fields[n].isEmpty();
        if (fields.length == n || trailingDelimiter) {
            return new Row(this, fields, line, false);
        }
        if (fields.length > n && firstFreeText >= 0) {
            return new Row(this, fields, line, true);
        }
        throw new ExternalDataException(new Problem(
                ProblemCode.MALFORMED_ROW,
                file + ":" + line,
                "expected %d fields separated by %s as in the header, got %d"
                        .formatted(n, delimiter == '$' ? "$" : "commas", fields.length)));
    }

    /** One data row; {@link #get} gives a cell by column name. */
    record Row(Header header, String[] fields, long line, boolean ragged) {

        /** The cell, or null when the file has no such column or a ragged row leaves it unknown. */
        String get(String column) {
            Integer i = header.index.get(column);
            if (i == null) {
                return null;
            }
            if (!ragged || i < header.firstFreeText) {
                return fields[i];
            }
            if (i > header.lastFreeText) {
                return fields[fields.length - (header.names.length - i)];
            }
            return null;
        }

        /** The cell with surrounding blanks removed, or null when it is empty. */
        String text(String column) {
            String cell = get(column);
            return cell == null || cell.isBlank() ? null : cell.strip();
        }
    }
}
