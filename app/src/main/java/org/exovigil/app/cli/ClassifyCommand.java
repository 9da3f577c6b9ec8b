package org.exovigil.app.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Regulatory classification of one offering, or of a JSON array of offerings (shared/spec/classify.md). Writes JSON to standard output.")
public final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--jurisdiction", paramLabel = "XX", description = "ISO 3166-1 alpha-2 code, or EU; overrides the offering's own.")
    String jurisdiction;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The law as in force on this date (default: today).")
    LocalDate date;

    @Parameters(index = "0", paramLabel = "FILE.json|-", description = "The offering(s) as JSON; - reads standard input.")
    String input;

    @Override
    public Integer call() {
        throw CommandFailure.notImplementedYet("classify");
    }
}
