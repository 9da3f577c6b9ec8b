package org.exovigil.signals.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.exovigil.signals.spark.ReportRows.EVENT;
import static org.exovigil.signals.spark.ReportRows.PRODUCT;
import static org.exovigil.signals.spark.ReportRows.REPORT;
import static org.exovigil.signals.spark.ReportRows.STRATUM;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The report-level counts of every observed product-event pair as Spark aggregations, with the meaning of the
 * core's {@code PairTally} and {@code PairCounts}: a row repeated inside a report counts once; n is the number of
 * distinct reports with the pair, n_product and n_event the distinct reports with the product and with the event,
 * n_total the distinct reports. Expected = n_product n_event / n_total; stratified, the sum over the strata where
 * both occur of n_product,s n_event,s / n_s, added in stratum-name order starting from 0 as the core adds them
 * (DuMouchel 1999 section 4; openEBGM {@code processRaw}), so that the double is the same to the last bit.
 *
 * @param pairs one row per pair: {@code product, event, n, n_product, n_event, expected}
 * @param totalReports n_total
 * @param distinctRows the distinct input rows, cached while the pairs are computed; {@link #release} frees them
 */
record PairCountsOnSpark(Dataset<Row> pairs, long totalReports, Dataset<Row> distinctRows) {

    static final String N = "n";
    static final String N_PRODUCT = "n_product";
    static final String N_EVENT = "n_event";
    static final String EXPECTED = "expected";

    /** Counts the rows of {@link ReportRows#read}; the distinct rows are cached for the aggregations. */
    static PairCountsOnSpark of(Dataset<Row> rows, boolean stratified) {
        Dataset<Row> distinct = rows.distinct().persist(StorageLevel.MEMORY_AND_DISK());
        long total = distinct.select(REPORT).distinct().count();
        Dataset<Row> n = reports(distinct, N, PRODUCT, EVENT);
        Dataset<Row> withMargins =
                n.join(reports(distinct, N_PRODUCT, PRODUCT), PRODUCT).join(reports(distinct, N_EVENT, EVENT), EVENT);
        Dataset<Row> pairs = stratified
                ? withMargins.join(stratifiedExpected(distinct, n), new String[] {PRODUCT, EVENT}, "inner")
                : withMargins.withColumn(EXPECTED, product(N_PRODUCT, N_EVENT).divide(lit((double) total)));
        return new PairCountsOnSpark(
                pairs.select(col(PRODUCT), col(EVENT), col(N), col(N_PRODUCT), col(N_EVENT), col(EXPECTED)),
                total,
                distinct);
    }

    void release() {
        distinctRows.unpersist();
    }

    /**
     * The distinct reports per group of {@code keys}, as the column {@code name}. When the report and the keys are
     * all the columns of {@code distinct}, its rows are already distinct and the shuffle of a second
     * {@code distinct} is saved.
     */
    private static Dataset<Row> reports(Dataset<Row> distinct, String name, String... keys) {
        Column[] columns = new Column[keys.length + 1];
        columns[0] = col(REPORT);
        for (int k = 0; k < keys.length; k++) {
            columns[k + 1] = col(keys[k]);
        }
        Column[] groups = new Column[keys.length];
        for (int k = 0; k < keys.length; k++) {
            groups[k] = col(keys[k]);
        }
        Dataset<Row> rows = columns.length == distinct.columns().length
                ? distinct
                : distinct.select(columns).distinct();
        return rows.groupBy(groups).agg(count(lit(1)).as(name));
    }

    /** Per pair: sum over strata s holding both of n_product,s * n_event,s / n_s, in stratum-name order. */
    private static Dataset<Row> stratifiedExpected(Dataset<Row> distinct, Dataset<Row> pairs) {
        Dataset<Row> terms = pairs.select(PRODUCT, EVENT)
                .join(reports(distinct, "product_s", STRATUM, PRODUCT), PRODUCT)
                .join(reports(distinct, "event_s", STRATUM, EVENT), new String[] {EVENT, STRATUM}, "inner")
                .join(reports(distinct, "n_s", STRATUM), STRATUM)
                .withColumn(
                        "term",
                        product("product_s", "event_s").divide(col("n_s").cast("double")));
        // array_sort orders the structs by their first field, the stratum name, in UTF-8 byte order; aggregate
        // then folds left to right, as the core's loop over strata does.
        return terms.groupBy(PRODUCT, EVENT)
                .agg(expr("aggregate(array_sort(collect_list(struct(stratum, term))), CAST(0 AS DOUBLE),"
                                + " (sum, t) -> sum + t.term)")
                        .as(EXPECTED));
    }

    /** (double) a * b, as the core writes it. */
    private static Column product(String a, String b) {
        return col(a).cast("double").multiply(col(b).cast("double"));
    }
}
