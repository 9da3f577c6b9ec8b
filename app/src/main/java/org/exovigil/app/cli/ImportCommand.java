package org.exovigil.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports reports from a standard format into the configured database.")
public final class ImportCommand implements Callable<Integer> {

    enum Format {
        e2b,
        fhir,
        faers,
        vaers
    }

    @Parameters(index = "0", paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}")
    Format format;

    @Parameters(index = "1", paramLabel = "PATH", description = "The file or folder to import.")
    Path path;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        throw CommandFailure.notImplementedYet("import " + format);
    }
}
