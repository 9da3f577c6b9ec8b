package org.exovigil.signals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs {@link SignalDetection}, writes the contract's CSV in memory and reads it back as rows keyed by column name. */
record SignalTable(String header, List<Map<String, String>> rows, SignalRun run) {

    static SignalTable of(Path input, HyperparameterChoice hyper, boolean stratified) throws IOException {
        SignalRun run = SignalDetection.run(input, hyper, stratified);
        StringWriter out = new StringWriter();
        SignalTableWriter.asReported().write(run.pairs(), out);
        List<List<String>> records = parse(out.toString());
        List<String> columns = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c), record.get(c));
            }
            rows.add(row);
        }
        return new SignalTable(String.join(",", columns), rows, run);
    }

    Map<String, String> row(String product, String event) {
        return rows.stream()
                .filter(r -> r.get("product").equals(product) && r.get("event").equals(event))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + product + " / " + event));
    }

    static double number(Map<String, String> row, String column) {
        String text = row.get(column);
        return switch (text) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    /** The records of RFC 4180 text, every cell a string. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
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
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return records;
    }
}
