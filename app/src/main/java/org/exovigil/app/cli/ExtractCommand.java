package org.exovigil.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.exovigil.watch.ClinicProfile;
import org.exovigil.watch.FactsJson;
import org.exovigil.watch.PageExtractor;
import org.exovigil.watch.PageFacts;
import org.exovigil.watch.PageFiles;
import org.exovigil.watch.UnreadablePageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description =
                "Reads saved web pages (.html or plain text) and writes one JSON object per page, one per line (shared/spec/extract.md).")
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "The address the page was saved from.")
    String url;

    @Option(
            names = "--sites",
            description = "Write one JSON object per site instead of per page: the facts of all its pages together"
                    + " (a clinic profile), each evidence naming its page.")
    boolean sites;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Saved pages; a text file whose first line is 'URL: <address>' takes that address.")
    List<Path> files;

    @Override
    public Integer call() {
        var extractor = new PageExtractor();
        var out = spec.commandLine().getOut();
        var pages = new ArrayList<PageFacts>();
        for (Path file : files) {
            try {
                PageFacts facts = extractor.extract(PageFiles.read(file, url));
                if (sites) {
                    pages.add(facts);
                } else {
                    out.println(FactsJson.line(facts));
                }
            } catch (UnreadablePageException e) {
                throw CommandFailure.unusable(e.getMessage());
            }
        }
        ClinicProfile.of(pages).forEach(profile -> out.println(FactsJson.profile(profile)));
        out.flush();
        return 0;
    }
}
