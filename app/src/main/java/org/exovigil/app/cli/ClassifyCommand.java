package org.exovigil.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.exovigil.app.rulebook.MarketingClaims;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.rulebook.RulebookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description =
                "Regulatory classification of one offering, or of a JSON array of offerings (shared/spec/classify.md). Writes JSON to standard output.")
public final class ClassifyCommand implements Callable<Integer> {

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
        try {
            System.out.println(
                    rulebook.classifyJson(text, sourceName, jurisdiction, date, new MarketingClaims()::read));
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
