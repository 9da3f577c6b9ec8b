package org.exovigil.app.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exovigil.csv.CsvCell;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The line listing: one CSV row per current, non-nullified case, without personal identifiers and
 * without the free-text narrative (which can name people). Cells follow RFC 4180; a cell that a
 * spreadsheet would run as a formula is prefixed with an apostrophe (OWASP, "CSV Injection").
 */
@Component
public class LineListing {

    static final List<String> HEADER = List.of(
            "reference",
            "received_on",
            "version",
            "country",
            "channel",
            "valid",
            "serious",
            "seriousness",
            "reactions",
            "outcomes",
            "products",
            "product_types",
            "routes",
            "lots",
            "providers",
            "age_years",
            "sex",
            "verification",
            "earliest_due_on");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    LineListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(Writer out) {
        write(out, "", List.of());
    }

    /** The listing of the cases given alone (a case series), in the order received; the same columns. */
    public void write(Writer out, Collection<UUID> cases) {
        write(
                out,
                " and c.id = any(?::uuid[])",
                List.of(cases.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"))));
    }

    private void write(Writer out, String filter, List<Object> params) {
        row(out, HEADER);
        jdbc.sql("""
                        select c.reference, c.received_at::date, c.current_version, c.country, c.channel, c.valid, c.serious,
                               v.assessment::text, v.clinical::text, c.verification, c.earliest_due_on
                        from report_case c join report_version v on v.case_id = c.id and v.version = c.current_version
                        where not c.nullified""" + filter + " order by c.received_at").params(params).query(rs -> {
            JsonNode assessment = JSON.readTree(rs.getString(8));
            JsonNode report = JSON.readTree(rs.getString(9));
            row(
                    out,
                    List.of(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            text(rs.getString(4)),
                            rs.getString(5),
                            // PostgreSQL's own text for a boolean is t/f; a reader and a spreadsheet expect the words.
                            String.valueOf(rs.getBoolean(6)),
                            String.valueOf(rs.getBoolean(7)),
                            joined(assessment.get("seriousness"), null),
                            joined(report.get("reactions"), "term"),
                            joined(report.get("reactions"), "outcome"),
                            joined(report.get("products"), "name"),
                            joined(report.get("products"), "type"),
                            joined(report.get("products"), "route"),
                            joined(report.get("products"), "lot"),
                            joined(report.get("products"), "provider"),
                            report.at("/patient/ageYears").asString(""),
                            report.at("/patient/sex").asString(""),
                            rs.getString(10),
                            text(rs.getString(11))));
        });
    }

    private static String joined(JsonNode array, String field) {
        if (array == null || !array.isArray()) {
            return "";
        }
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            JsonNode value = field == null ? item : item.get(field);
            if (value != null && !value.isNull()) {
                values.add(value.asString());
            }
        });
        return values.stream().collect(Collectors.joining("; "));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static void row(Writer out, List<String> cells) {
        try {
            out.write(cells.stream().map(LineListing::cell).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        return CsvCell.of(value);
    }
}
