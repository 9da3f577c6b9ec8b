package org.exovigil.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.exovigil.signals.HyperparameterChoice;
import org.exovigil.signals.SignalDetection;
import org.exovigil.signals.SignalInputException;
import org.exovigil.signals.SignalRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "signals",
        mixinStandardHelpOptions = true,
        description =
                "Disproportionality statistics and the gamma-Poisson shrinker over report-level counts (shared/spec/signals.md).")
public final class SignalsCommand implements Callable<Integer> {

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE.csv",
            description = "report_id,product,event[,stratum]")
    Path input;

    @Option(
            names = "--output",
            paramLabel = "FILE.csv",
            description = "Where the table goes (default: standard output).")
    Path output;

    @Option(
            names = "--hyper",
            paramLabel = "fit|a1,b1,a2,b2,p",
            defaultValue = "fit",
            description =
                    "Fit the prior by maximum marginal likelihood, or use these five values (default: ${DEFAULT-VALUE}).")
    String hyper;

    @Option(names = "--stratified", description = "Expected counts summed over the strata of the 4th column.")
    boolean stratified;

    @Option(
            names = "--engine",
            paramLabel = "core|spark",
            defaultValue = "core",
            description = "core: in this process (default); spark: the same computation on Apache Spark, in a JVM of"
                    + " its own (signals-spark), with the same table and theta line.")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description =
                    "With --engine spark: the Spark master, e.g. spark://host:7077 or local[4] (default local[*]).")
    String master;

    /**
     * Where {@code signals-spark/target} is; the launcher script sets it. Spark lives only there, so the app's
     * class path never holds it.
     */
    static final String SPARK_ENGINE_PROPERTY = "exovigil.signals-spark";

    @Override
    public Integer call() {
        if (engine.equals("spark")) {
            return runOnSpark();
        }
        if (!engine.equals("core")) {
            throw CommandFailure.unusable("--engine: expected core or spark, got " + engine);
        }
        if (master != null) {
            throw CommandFailure.unusable("--master: needs --engine spark");
        }
        HyperparameterChoice choice;
        try {
            choice = HyperparameterChoice.parse(hyper);
        } catch (IllegalArgumentException notAPrior) {
            throw CommandFailure.unusable("--hyper: " + notAPrior.getMessage());
        }
        try {
            SignalRun run = SignalDetection.run(input, output, choice, stratified);
            System.err.println(run.summary());
            return 0;
        } catch (SignalInputException badRow) {
            throw CommandFailure.unusable(badRow.getMessage());
        } catch (NoSuchFileException missing) {
            throw CommandFailure.unusable(missing.getFile() + ": no such file");
        } catch (IOException unreadable) {
            throw CommandFailure.unusable(input + ": " + unreadable.getMessage());
        }
    }

    /**
     * Runs {@code signals-spark}'s jar with Spark's JVM options ({@code spark-java.options}, a java @-file) and
     * returns its exit status; it prints the table and the theta line itself. EXOVIGIL_SPARK_JAVA_OPTS adds JVM
     * options (e.g. -Xmx8g for the driver).
     */
    private int runOnSpark() {
        Path home = Path.of(System.getProperty(SPARK_ENGINE_PROPERTY, "signals-spark/target"));
        Path jar = home.resolve("exovigil-signals-spark.jar");
        Path options = home.resolve("spark-java.options");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(options)) {
            throw CommandFailure.unusable(
                    "--engine spark: " + jar + " is not built; build it with ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + options);
        String javaOptions = System.getenv("EXOVIGIL_SPARK_JAVA_OPTS");
        if (javaOptions != null && !javaOptions.isBlank()) {
            command.addAll(List.of(javaOptions.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--input", input.toString(), "--hyper", hyper));
        if (output != null) {
            command.addAll(List.of("--output", output.toString()));
        }
        if (stratified) {
            command.add("--stratified");
        }
        if (master != null) {
            command.addAll(List.of("--master", master));
        }
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException cannotStart) {
            throw CommandFailure.unusable(
                    "--engine spark: cannot start " + command.getFirst() + ": " + cannotStart.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw CommandFailure.unusable("--engine spark: interrupted");
        }
    }
}
