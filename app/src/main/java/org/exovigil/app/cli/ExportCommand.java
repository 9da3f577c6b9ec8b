package org.exovigil.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Exports reports from the configured database in a standard format.")
public final class ExportCommand implements Callable<Integer> {

    enum Format {
        e2b,
        fhir
    }

    @Parameters(index = "0", paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}")
    Format format;

    @Parameters(
            index = "1..*",
            arity = "0..*",
            paramLabel = "ARG",
            description = "Which reports, and where to write them.")
    List<String> arguments;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        throw CommandFailure.notImplementedYet("export " + format);
    }
}
