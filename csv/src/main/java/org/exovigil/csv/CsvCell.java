package org.exovigil.csv;

/**
 * One cell of a CSV row, as a spreadsheet opens it safely.
 *
 * <p>A cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * run as a formula by Excel, LibreOffice and Google Sheets ({@code =HYPERLINK("https://...")} in a
 * product name reached researchers through {@code /research/signals.csv}, issue 15, finding 9). Such a
 * cell is written with a leading apostrophe, as the OWASP CSV Injection page recommends, and so is a
 * cell that begins with an apostrophe, so that {@link #read} gives every text back exactly. Numeric
 * columns ({@code -1.5}, {@code -Inf}) are written by their writers as numbers, not through here. Then
 * RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled.
 */
public final class CsvCell {

    private CsvCell() {}

    /** The cell for {@code text} (null is the empty cell). */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return exchanged(isFormula(text) || text.startsWith("'") ? "'" + text : text);
    }

    /**
     * RFC 4180 alone, for the files Exovigil writes only for its own signal detection to read (the
     * input rows handed to the signals core), never for people: their text must reach the core unchanged.
     */
    public static String exchanged(String text) {
        if (text == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Appends the cell for {@code text}, for writers that build rows in a buffer. */
    public static StringBuilder append(StringBuilder out, String text) {
        return out.append(of(text));
    }

    /**
     * The text of a cell already unquoted by a CSV reader: undoes the apostrophe {@link #of} added, for
     * Exovigil's own reading back of what it wrote.
     */
    public static String read(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && (isFormula(cell.substring(1)) || cell.charAt(1) == '\'')) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean isFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
