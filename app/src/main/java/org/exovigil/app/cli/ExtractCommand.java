package org.exovigil.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.exovigil.watch.FactsJson;
import org.exovigil.watch.PageExtractor;
import org.exovigil.watch.PageFiles;
import org.exovigil.watch.UnreadablePageException;
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
        var extractor = new PageExtractor();
        // UTF-8 whatever the platform default, so Japanese or Korean evidence survives a C locale.
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        for (Path file : files) {
            try {
                out.println(FactsJson.line(extractor.extract(PageFiles.read(file, url))));
            } catch (UnreadablePageException e) {
                throw CommandFailure.unusable(e.getMessage());
            }
        }
        out.flush();
        return 0;
    }
}
