package org.exovigil.signals.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.exovigil.signals.ExternalCounts;
import org.exovigil.signals.HyperparameterChoice;

/**
 * {@code ./exovigil signals --engine spark} and {@code spark-submit --class org.exovigil.signals.spark.SparkSignals}:
 * the options of {@code ./exovigil signals} plus {@code --master URL} (default: the master spark-submit gives, else
 * {@code local[*]}). The table goes to {@code --output} on the driver's machine (default standard output) and
 * {@code theta=... -logL=...} to standard error, as with the core. Exit status as the command-line contract
 * ({@code shared/spec/cli.md}): 0 done, 2 usage or input that cannot be read.
 */
public final class SparkSignals {

    private static final int USAGE = 2;
    private static final String NAME = "exovigil signals --engine spark";

    private SparkSignals() {}

    /** What the command line asked for. */
    record Options(String master, String input, Path output, HyperparameterChoice hyper, boolean stratified) {

        static Options parse(String[] args) {
            String master = null;
            String input = null;
            Path output = null;
            String hyper = "fit";
            boolean stratified = false;
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String option = rest.removeFirst();
                switch (option) {
                    case "--stratified" -> stratified = true;
                    case "--master" -> master = value(option, rest);
                    case "--input" -> input = value(option, rest);
                    case "--output" -> output = Path.of(value(option, rest));
                    case "--hyper" -> hyper = value(option, rest);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (input == null) {
                throw new IllegalArgumentException("missing --input FILE.csv");
            }
            return new Options(master, input, output, HyperparameterChoice.parse(hyper), stratified);
        }

        private static String value(String option, List<String> rest) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.removeFirst();
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException usage) {
            System.err.println(NAME + ": " + usage.getMessage()
                    + " (usage: --input FILE.csv [--output FILE.csv] [--hyper fit|a1,b1,a2,b2,p] [--stratified]"
                    + " [--master URL])");
            System.exit(USAGE);
            return;
        }
        System.exit(run(options, System.err));
    }

    /** Runs the options' job in a session of its own; returns the exit status. */
    static int run(Options options, PrintStream err) {
        SparkSession.Builder builder = SparkSession.builder().appName("exovigil-signals");
        String master = options.master() != null ? options.master() : System.getProperty("spark.master", "local[*]");
        builder.master(master);
        if (master.startsWith("local") && System.getProperty("spark.sql.shuffle.partitions") == null) {
            // Spark's default of 200 shuffle partitions suits a cluster; on one machine it writes 200 files per task
            builder.config(
                    "spark.sql.shuffle.partitions",
                    String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
        SparkSession spark = builder.getOrCreate();
        try {
            ExternalCounts.Prior prior = run(spark, options);
            err.println(prior.summary());
            return 0;
        } catch (ReportInputException badInput) {
            err.println(NAME + ": " + badInput.getMessage());
            return USAGE;
        } catch (IOException unwritable) {
            err.println(NAME + ": " + unwritable.getMessage());
            return USAGE;
        } finally {
            spark.stop();
        }
    }

    static ExternalCounts.Prior run(SparkSession spark, Options options) throws IOException {
        if (options.output() == null || options.output().toString().equals("-")) {
            return run(spark, options, System.out);
        }
        try (OutputStream file = Files.newOutputStream(options.output())) {
            return run(spark, options, file);
        }
    }

    static ExternalCounts.Prior run(SparkSession spark, Options options, OutputStream output) throws IOException {
        try {
            return SparkSignalDetection.run(spark, options.input(), output, options.hyper(), options.stratified());
        } catch (ReportInputException | IOException known) {
            throw known;
        } catch (Exception failure) { // also the checked SparkException, which Scala code throws undeclared
            ReportInputException input = asInputError(options.input(), failure);
            if (input != null) {
                throw input;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    /** Spark reports a malformed row or a missing file as a job failure; null when the failure is another. */
    private static ReportInputException asInputError(String input, Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("MALFORMED_RECORD_IN_PARSING") || message.contains("MALFORMED_CSV_RECORD")) {
                return new ReportInputException(
                        input + ": expected rows of report_id,product,event[,stratum] with as many columns as the"
                                + " header (RFC 4180), got a malformed row",
                        failure);
            }
            if (message.contains("PATH_NOT_FOUND") || cause instanceof FileNotFoundException) {
                return new ReportInputException(input + ": no such file", failure);
            }
        }
        return null;
    }
}
