package org.exovigil.app.signals;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.csv.CsvCell;

/**
 * RFC 4180 cells for the one-line rows exchanged with the signals core: quoted when they hold a comma
 * or a quote, quotes doubled. Names reach here with their line breaks already collapsed to spaces. The
 * core's table comes back with its names neutralised for spreadsheets ({@link CsvCell}); {@link #names}
 * gives them back as reported, for the page.
 */
final class CsvCells {

    private CsvCells() {}

    static String cell(String text) {
        return CsvCell.exchanged(text);
    }

    /** The product and event names of a row of the core's table, as they were reported. */
    static List<String> names(List<String> cells) {
        List<String> read = new ArrayList<>(cells);
        read.set(0, CsvCell.read(read.get(0)));
        read.set(1, CsvCell.read(read.get(1)));
        return read;
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"' && (quoted || cell.isEmpty())) {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
