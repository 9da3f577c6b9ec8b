package org.exovigil.signals;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs signal detection on a CSV of {@code report_id,product,event[,stratum]} rows and writes the signal
 * table (see {@code shared/spec/signals.md}): report-level counts, PRR, chi-square, ROR, IC and the
 * gamma-Poisson shrinker's EBGM, EB05 and EB95 for every observed product-event pair.
 *
 * <pre>{@code
 * SignalRun run = SignalDetection.run(Path.of("reports.csv"), Path.of("signals.csv"),
 *         HyperparameterChoice.fit(), false);
 * System.err.println(run.summary());   // theta=a1,b1,a2,b2,p -logL=VALUE
 * }</pre>
 *
 * Bad input throws {@link SignalInputException}, whose message names the file, the line and what was
 * expected.
 */
public final class SignalDetection {

    private SignalDetection() {}

    /**
     * @param output the table's file; null or "-" for standard output (which is flushed, not closed)
     */
    public static SignalRun run(Path input, Path output, HyperparameterChoice hyper, boolean stratified)
            throws IOException {
        if (output == null || output.toString().equals("-")) {
            return run(input, System.out, hyper, stratified);
        }
        try (OutputStream file = Files.newOutputStream(output)) {
            return run(input, file, hyper, stratified);
        }
    }

    /** Writes the table to {@code output} as UTF-8, flushes it and leaves it open. */
    public static SignalRun run(Path input, OutputStream output, HyperparameterChoice hyper, boolean stratified)
            throws IOException {
        OutputStream buffered = new BufferedOutputStream(output, 1 << 16);
        SignalRun run = run(input, text -> buffered.write(text.getBytes(StandardCharsets.UTF_8)), hyper, stratified);
        buffered.flush();
        return run;
    }

    /** Writes the table to {@code output}, flushes it and leaves it open. */
    public static SignalRun run(Path input, Writer output, HyperparameterChoice hyper, boolean stratified)
            throws IOException {
        SignalRun run = run(input, output::write, hyper, stratified);
        output.flush();
        return run;
    }

    private static SignalRun run(
            Path input, SignalTableWriter.Sink sink, HyperparameterChoice hyper, boolean stratified)
            throws IOException {
        PairCounts counts = ReportCounter.count(input, stratified);
        if (counts.size() == 0) {
            new SignalTableWriter(counts, null, null).write(sink);
            return new SignalRun(
                    Optional.empty(), Double.NaN, hyper instanceof HyperparameterChoice.Fit, 0, counts.totalReports());
        }
        ObservedCells cells = ObservedCells.of(counts.observed(), counts.expected());
        HyperparameterFit.Result prior = switch (hyper) {
            case HyperparameterChoice.Fit fit -> HyperparameterFit.fit(cells);
            case HyperparameterChoice.Given given ->
                new HyperparameterFit.Result(
                        given.prior(), MarginalLikelihood.of(cells).negativeLogLikelihood(given.prior()));
        };
        GammaPoissonShrinker.Posterior[] posteriors = new GammaPoissonShrinker(prior.prior()).posteriors(cells);
        new SignalTableWriter(counts, cells, posteriors).write(sink);
        return new SignalRun(
                Optional.of(prior.prior()),
                prior.negativeLogLikelihood(),
                hyper instanceof HyperparameterChoice.Fit,
                counts.size(),
                counts.totalReports());
    }
}
