package org.exovigil.signals.onset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.signals.ReferenceData;

/**
 * The rows of a VAERS year file from {@code shared/data/reference/vaers_2017}, read for the tests alone (the
 * application reads VAERS in the vigilance core, which the signals core must not depend on): RFC 4180 with
 * quoted cells that may hold commas, quotes and line breaks, ISO-8859-1 for the few bytes of free text that
 * are not ASCII. Each row is a map from the header's column names to the cell text.
 */
final class VaersRows {

    private VaersRows() {}

    static List<Map<String, String>> of(String fileName) {
        Path file = ReferenceData.file("vaers_2017/" + fileName);
        try {
            List<List<String>> rows = parse(Files.readString(file, StandardCharsets.ISO_8859_1));
            List<String> header = rows.getFirst();
            List<Map<String, String>> out = new ArrayList<>(rows.size() - 1);
            for (List<String> row : rows.subList(1, rows.size())) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), i < row.size() ? row.get(i).strip() : "");
                }
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** VAERS_ID is zero-padded in SYMPTOMS and VAX ({@code 0676017}) but not in DATA ({@code 676017}). */
    static int id(Map<String, String> row) {
        return Integer.parseInt(row.get("VAERS_ID"));
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
