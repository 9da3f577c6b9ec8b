package org.exovigil.signals.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads {@code report_id,product,event[,stratum]} CSV as the core's parser does (RFC 4180): the first row is a
 * header whose names are not read; quoted cells may hold commas, doubled quotes and line breaks; empty lines are
 * skipped; nothing is trimmed or interpreted ("" and "NA" are names); every row has the header's number of
 * columns. Spark's CSV source is set to that: quote and escape both {@code "} (its default escape is a
 * backslash), an empty cell read as "" rather than null, and a row of the wrong width fails the job.
 *
 * <p>{@code multiLine} lets quoted cells span lines, at the price of parsing each file in one task: on a
 * cluster, give a directory or glob of several files (each with the header) to parse them in parallel.
 */
final class ReportRows {

    static final String REPORT = "report_id";
    static final String PRODUCT = "product";
    static final String EVENT = "event";
    static final String STRATUM = "stratum";

    private ReportRows() {}

    /** The rows as the columns {@code report_id, product, event} and, when stratified, {@code stratum}. */
    static Dataset<Row> read(SparkSession spark, String input, boolean stratified) {
        Dataset<Row> raw = spark.read()
                .option("header", "true")
                .option("enforceSchema", "true")
                .option("inferSchema", "false")
                .option("multiLine", "true")
                .option("encoding", "UTF-8")
                .option("quote", "\"")
                .option("escape", "\"")
                .option("ignoreLeadingWhiteSpace", "false")
                .option("ignoreTrailingWhiteSpace", "false")
                .option("mode", "FAILFAST")
                .csv(input);
        int columns = raw.columns().length;
        if (columns == 0) {
            throw new ReportInputException(
                    input + ": expected a header report_id,product,event[,stratum], got an empty file");
        }
        if (columns != 3 && columns != 4) {
            throw new ReportInputException(input + ":1: expected 3 or 4 columns, got " + columns);
        }
        if (stratified && columns != 4) {
            throw new ReportInputException(
                    input + ":1: expected a 4th column, stratum, for a stratified analysis, got 3 columns");
        }
        String[] names =
                columns == 4 ? new String[] {REPORT, PRODUCT, EVENT, STRATUM} : new String[] {REPORT, PRODUCT, EVENT};
        Dataset<Row> named = raw.toDF(names);
        return stratified
                ? named.select(cell(REPORT), cell(PRODUCT), cell(EVENT), cell(STRATUM))
                : named.select(cell(REPORT), cell(PRODUCT), cell(EVENT));
    }

    /** Spark reads an empty unquoted cell as null; the core reads it as the name "". */
    private static Column cell(String name) {
        return coalesce(col(name), lit("")).as(name);
    }
}
