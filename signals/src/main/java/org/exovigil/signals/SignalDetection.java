package org.exovigil.signals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs signal detection on {@code report_id,product,event[,stratum]} rows, from a CSV file or held in memory
 * ({@link SignalInput}), and gives the signal table (see {@code shared/spec/signals.md}) as records: the
 * report-level counts, PRR, chi-square, ROR, IC and the gamma-Poisson shrinker's EBGM, EB05 and EB95 of every
 * observed product-event pair ({@link SignalRun#pairs}). {@link SignalTableWriter} writes them as CSV.
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
     * The command's run: the table goes to {@code output} as the contract's CSV, names as reported.
     *
     * @param output the table's file, opened before the input is read; null or "-" for standard output
     *     (which is flushed, not closed)
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

    /** Reads the CSV file {@code input}. */
    public static SignalRun run(Path input, HyperparameterChoice hyper, boolean stratified) throws IOException {
        return run(ReportCounter.count(input, stratified), hyper);
    }

    /** Counts the rows of {@code input}, which cannot be counted again. */
    public static SignalRun run(SignalInput input, HyperparameterChoice hyper) {
        return run(input.counts(), hyper);
    }

    private static SignalRun run(Path input, OutputStream output, HyperparameterChoice hyper, boolean stratified)
            throws IOException {
        PhaseClock clock = new PhaseClock();
        SignalRun run = run(ReportCounter.count(input, stratified), hyper, clock);
        SignalTableWriter.asReported().write(run.pairs(), output);
        clock.lap("write");
        return run;
    }

    private static SignalRun run(PairCounts counts, HyperparameterChoice hyper) {
        return run(counts, hyper, new PhaseClock());
    }

    private static SignalRun run(PairCounts counts, HyperparameterChoice hyper, PhaseClock clock) {
        clock.lap("count");
        boolean fitted = hyper instanceof HyperparameterChoice.Fit;
        if (counts.size() == 0) {
            return new SignalRun(
                    new PairTable(counts, null, null),
                    Optional.empty(),
                    Double.NaN,
                    fitted,
                    counts.totalReports(),
                    List.of(),
                    counts.strata());
        }
        ObservedCells cells = ObservedCells.of(counts.observed(), counts.expected());
        clock.lap("cells");
        HyperparameterFit.Result prior = switch (hyper) {
            case HyperparameterChoice.Fit fit -> HyperparameterFit.fit(cells);
            case HyperparameterChoice.Given given ->
                new HyperparameterFit.Result(
                        given.prior(), MarginalLikelihood.of(cells).negativeLogLikelihood(given.prior()));
        };
        clock.lap("fit");
        GammaPoissonShrinker.CellPosteriors posteriors = new GammaPoissonShrinker(prior.prior()).posteriors(cells);
        clock.lap("posteriors");
        return new SignalRun(
                new PairTable(counts, cells, posteriors),
                Optional.of(prior.prior()),
                prior.negativeLogLikelihood(),
                fitted,
                counts.totalReports(),
                fitted ? HyperparameterFit.onBounds(prior.prior()) : List.of(),
                counts.strata());
    }
}
