package org.exovigil.csv;

/**
 * One cell of a CSV row, as a spreadsheet opens it safely.
 *
 * <p>A cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * run as a formula by Excel, LibreOffice and Google Sheets ({@code =HYPERLINK("https://...")} in a
 * product name reached researchers through {@code /research/signals.csv}, issue 15, finding 9). Such a
 * cell is written with a leading apostrophe, as the OWASP CSV Injection page recommends, and so is a
 * cell that begins with an apostrophe, so that a reader can tell the added apostrophe from the text's own.
 * Numeric columns ({@code -1.5}, {@code -Inf}) are written by their writers as numbers, not through here.
 * Then RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled.
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
     * RFC 4180 alone, for tables whose readers are programs that need every text unchanged: the table of
     * {@code ./exovigil signals}, whose product and event columns are the input's names
     * ({@code shared/spec/signals.md}).
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
        return quote ? quoted(text) : text;
    }

    /**
     * RFC 4180 quoting whatever the text holds, for PostgreSQL's {@code COPY ... (format csv)}, which reads
     * an unquoted empty cell as NULL and a quoted one as the empty text.
     */
    public static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean isFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
