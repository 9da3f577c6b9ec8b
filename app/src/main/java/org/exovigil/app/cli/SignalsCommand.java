package org.exovigil.app.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    @Override
    public Integer call() {
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
}
