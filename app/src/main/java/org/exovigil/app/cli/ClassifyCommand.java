package org.exovigil.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.exovigil.app.rulebook.MarketingClaims;
import org.exovigil.rulebook.Offering;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.rulebook.RulebookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description =
                "Regulatory classification of one offering, or of a JSON array of offerings (shared/spec/classify.md). Writes JSON to standard output.")
public final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--jurisdiction",
            paramLabel = "XX",
            description = "ISO 3166-1 alpha-2 code, or EU; overrides the offering's own.")
    String jurisdiction;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The law as in force on this date (default: today).")
    LocalDate date;

    @Option(
            names = "--all-jurisdictions",
            description = "Answer under the law of every jurisdiction the rulebook holds (14): a JSON array of"
                    + " assessments, one per jurisdiction, in the rulebook's order.")
    boolean allJurisdictions;

    @Parameters(
            index = "0",
            paramLabel = "FILE.json|-",
            description = "The offering(s) as JSON; - reads standard input.")
    String input;

    @Override
    public Integer call() {
        var text = read();
        var sourceName = "-".equals(input) ? "<stdin>" : input;
        Rulebook rulebook;
        try {
            rulebook = Rulebook.load();
        } catch (RulebookException e) {
            // A broken rulebook is not the user's input: report it as a failed check, not a usage error.
            throw CommandFailure.checkFailed(e.getMessage());
        }
        if (allJurisdictions && jurisdiction != null) {
            throw CommandFailure.unusable(
                    "--all-jurisdictions and --jurisdiction: expected one or the other, got both");
        }
        try {
            UnaryOperator<Offering> reading = new MarketingClaims()::read;
            spec.commandLine()
                    .getOut()
                    .println(
                            allJurisdictions
                                    ? rulebook.classifyEverywhereJson(text, sourceName, date, reading)
                                    : rulebook.classifyJson(text, sourceName, jurisdiction, date, reading));
        } catch (RulebookException e) {
            throw CommandFailure.unusable(e.getMessage());
        }
        return 0;
    }

    private String read() {
        try {
            return "-".equals(input)
                    ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(input));
        } catch (IOException e) {
            throw CommandFailure.unusable(
                    input + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }
}
