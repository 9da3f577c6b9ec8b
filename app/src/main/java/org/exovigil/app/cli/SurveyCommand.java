package org.exovigil.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "survey",
        mixinStandardHelpOptions = true,
        description =
                "Extracts every page and writes the survey tables of shared/spec/extract.md as CSV, with a summary on standard output.")
public final class SurveyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Folders of saved pages, or single pages.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the CSV tables go.")
    Path out;

    @Override
    public Integer call() {
        throw CommandFailure.notImplementedYet("survey");
    }
}
