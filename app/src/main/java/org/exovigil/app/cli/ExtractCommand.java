package org.exovigil.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description =
                "Reads saved web pages (.html or plain text) and writes one JSON object per page, one per line (shared/spec/extract.md).")
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--url", paramLabel = "URL", description = "The address the page was saved from.")
    String url;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Saved pages; a text file whose first line is 'URL: <address>' takes that address.")
    List<Path> files;

    @Override
    public Integer call() {
        throw CommandFailure.notImplementedYet("extract");
    }
}
