package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.exovigil.signals.SignalTable.number;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every pair of the CAERS data set against an independent implementation: DuckDB counting distinct reports
 * in SQL and computing the expected count, PRR, chi-square, ROR and IC from the same formulas.
 */
class DuckDbCrossCheckTest {

    @Test
    void everyCaersPairAgreesWithDuckDb() throws IOException, SQLException {
        Path caers = ReferenceData.file("openebgm_caers/caers.csv");
        SignalTable table = SignalTable.of(caers, HyperparameterChoice.given(CaersReferenceTest.VIGNETTE_THETA), false);
        Map<String, double[]> duck = duckDb(caers);
        assertThat(duck).hasSize(table.rows().size());
        String[] columns = {"n", "n_product", "n_event", "n_total", "expected", "prr", "chi2", "ror", "ic"};
        for (Map<String, String> row : table.rows()) {
            double[] expected = duck.get(row.get("product") + "\u0000" + row.get("event"));
            assertThat(expected)
                    .as("%s / %s", row.get("product"), row.get("event"))
                    .isNotNull();
            for (int c = 0; c < columns.length; c++) {
                double ours = number(row, columns[c]);
                if (Double.isInfinite(ours) || Double.isNaN(expected[c])) {
                    assertThat(Double.isInfinite(ours) || Double.isNaN(ours))
                            .as(columns[c])
                            .isTrue();
                } else {
                    assertThat(ours)
                            .as("%s of %s", columns[c], row)
                            .isCloseTo(expected[c], within(1e-12 * Math.max(1, Math.abs(expected[c]))));
                }
            }
        }
    }

    private static Map<String, double[]> duckDb(Path caers) throws SQLException {
        String sql = """
                WITH cells AS (SELECT DISTINCT id, var1 AS product, var2 AS event
                               FROM read_csv('%s', header = true, all_varchar = true)),
                  total AS (SELECT count(DISTINCT id)::DOUBLE AS n_total FROM cells),
                  products AS (SELECT product, count(DISTINCT id)::DOUBLE AS n_product FROM cells GROUP BY product),
                  events AS (SELECT event, count(DISTINCT id)::DOUBLE AS n_event FROM cells GROUP BY event),
                  pairs AS (SELECT product, event, count(*)::DOUBLE AS n FROM cells GROUP BY product, event),
                  t AS (SELECT *, n AS a, n_product - n AS b, n_event - n AS c,
                               n_total - n_product - n_event + n AS d
                        FROM pairs JOIN products USING (product) JOIN events USING (event) CROSS JOIN total)
                SELECT product, event, n, n_product, n_event, n_total, n_product * n_event / n_total,
                       CASE WHEN c = 0 THEN 'NaN'::DOUBLE ELSE (a / (a + b)) / (c / (c + d)) END,
                       n_total * (a * d - b * c) ^ 2 / ((a + b) * (c + d) * (a + c) * (b + d)),
                       CASE WHEN b = 0 OR c = 0 THEN 'NaN'::DOUBLE ELSE a * d / (b * c) END,
                       log2((n + 0.5) / (n_product * n_event / n_total + 0.5))
                FROM t
                """.formatted(caers.toAbsolutePath());
        Map<String, double[]> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                double[] values = new double[9];
                for (int c = 0; c < 9; c++) {
                    values[c] = result.getDouble(c + 3);
                }
                rows.put(result.getString(1) + "\u0000" + result.getString(2), values);
            }
        }
        return rows;
    }
}
