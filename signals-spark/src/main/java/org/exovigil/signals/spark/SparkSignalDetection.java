package org.exovigil.signals.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.exovigil.signals.spark.PairCountsOnSpark.EXPECTED;
import static org.exovigil.signals.spark.PairCountsOnSpark.N;
import static org.exovigil.signals.spark.PairCountsOnSpark.N_EVENT;
import static org.exovigil.signals.spark.PairCountsOnSpark.N_PRODUCT;
import static org.exovigil.signals.spark.ReportRows.EVENT;
import static org.exovigil.signals.spark.ReportRows.PRODUCT;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.exovigil.signals.ExternalCounts;
import org.exovigil.signals.HyperparameterChoice;
import org.exovigil.signals.MixturePrior;
import org.exovigil.signals.PairStatistics;
import org.exovigil.signals.SignalTableWriter;

/**
 * The signals computation of {@code ./exovigil signals} on Spark, with the same CSV in and out
 * ({@code shared/spec/signals.md}):
 *
 * <ol>
 *   <li>report-level counts as aggregations ({@link PairCountsOnSpark});
 *   <li>the distinct (n, E) cells with their number of pairs, aggregated on the cluster and collected to the
 *       driver (a few hundred thousand rows even for tens of millions of reports), ordered by their first pair
 *       by product then event name, the order in which the core meets them;
 *   <li>the prior fitted there by the core's own code ({@link ExternalCounts#prior}) and broadcast back;
 *   <li>each pair's statistics computed per range partition, in product-then-event order, by the core's code
 *       ({@link ExternalCounts.Scorer}) and formatted by the core's {@link SignalTableWriter}, all partitions in
 *       parallel; the driver then fetches them one at a time in order ({@code toLocalIterator}) and writes one
 *       file in the core's row order.
 * </ol>
 */
public final class SparkSignalDetection {

    /** Rows formatted per block, as the core's writer does. */
    private static final int BLOCK = 2048;

    private SparkSignalDetection() {}

    /** Runs on {@code input} (a file, directory or glob Spark can read) and writes the table to {@code output}. */
    public static ExternalCounts.Prior run(
            SparkSession spark, String input, OutputStream output, HyperparameterChoice hyper, boolean stratified)
            throws IOException {
        PairCountsOnSpark counts = PairCountsOnSpark.of(ReportRows.read(spark, input, stratified), stratified);
        Dataset<Row> pairs = counts.pairs().persist(StorageLevel.MEMORY_AND_DISK());
        try {
            ExternalCounts.Prior prior = prior(pairs, hyper);
            write(spark, pairs, counts.totalReports(), prior, output);
            return prior;
        } finally {
            pairs.unpersist();
            counts.release();
        }
    }

    private static ExternalCounts.Prior prior(Dataset<Row> pairs, HyperparameterChoice hyper) {
        List<Row> cells = pairs.groupBy(N, EXPECTED)
                .agg(
                        count(lit(1)).as("weight"),
                        min(struct(col(PRODUCT), col(EVENT))).as("first"))
                .orderBy("first")
                .select(N, EXPECTED, "weight")
                .collectAsList();
        int[] n = new int[cells.size()];
        double[] expected = new double[cells.size()];
        double[] weight = new double[cells.size()];
        for (int cell = 0; cell < n.length; cell++) {
            Row row = cells.get(cell);
            n[cell] = Math.toIntExact(row.getLong(0));
            expected[cell] = row.getDouble(1);
            weight[cell] = row.getLong(2);
        }
        return ExternalCounts.prior(hyper, n, expected, weight);
    }

    private static void write(
            SparkSession spark, Dataset<Row> pairs, long totalReports, ExternalCounts.Prior prior, OutputStream output)
            throws IOException {
        double[] theta = prior.theta()
                .map(t -> new double[] {t.alpha1(), t.beta1(), t.alpha2(), t.beta2(), t.p()})
                .orElse(new double[0]);
        Broadcast<double[]> shared =
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(theta);
        // Range partitions in name order, as many as Spark's adaptive execution keeps (it would merge a small
        // table into one partition, and one task); computed in parallel and kept, then fetched in order.
        int partitions = 2 * spark.sparkContext().defaultParallelism();
        Dataset<String> blocks = pairs.select(PRODUCT, EVENT, N, N_PRODUCT, N_EVENT, EXPECTED)
                .repartitionByRange(partitions, col(PRODUCT), col(EVENT))
                .sortWithinPartitions(PRODUCT, EVENT)
                .mapPartitions(
                        (MapPartitionsFunction<Row, String>) rows -> new Blocks(rows, shared.value(), totalReports),
                        Encoders.STRING())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            blocks.count();
            output.write((SignalTableWriter.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            Iterator<String> texts = blocks.toLocalIterator();
            while (texts.hasNext()) {
                output.write(texts.next().getBytes(StandardCharsets.UTF_8));
            }
            output.flush();
        } finally {
            blocks.unpersist();
            shared.destroy();
        }
    }

    /** One partition's rows as CSV text, {@value #BLOCK} rows a block, without the header. */
    private static final class Blocks implements Iterator<String> {

        private static final int HEADER_LENGTH = SignalTableWriter.HEADER.length() + 1;

        private final Iterator<Row> rows;
        private final ExternalCounts.Scorer scorer;
        private final long totalReports;
        private final SignalTableWriter writer = SignalTableWriter.asReported();

        Blocks(Iterator<Row> rows, double[] theta, long totalReports) {
            this.rows = rows;
            this.scorer = new ExternalCounts.Scorer(
                    theta.length == 0 ? null : new MixturePrior(theta[0], theta[1], theta[2], theta[3], theta[4]));
            this.totalReports = totalReports;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public String next() {
            if (!rows.hasNext()) {
                throw new NoSuchElementException();
            }
            List<PairStatistics> block = new ArrayList<>(BLOCK);
            while (rows.hasNext() && block.size() < BLOCK) {
                Row row = rows.next();
                block.add(scorer.score(
                        row.getString(0),
                        row.getString(1),
                        Math.toIntExact(row.getLong(2)),
                        row.getLong(3),
                        row.getLong(4),
                        totalReports,
                        row.getDouble(5)));
            }
            StringWriter text = new StringWriter(BLOCK * 256);
            try {
                writer.write(block, text);
            } catch (IOException cannotHappen) {
                throw new UncheckedIOException(cannotHappen);
            }
            return text.getBuffer().substring(HEADER_LENGTH);
        }
    }
}
