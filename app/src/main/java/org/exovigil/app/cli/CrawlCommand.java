package org.exovigil.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description =
                "Polite crawl (robots.txt, rate limit, same site) from seed addresses, saving pages for extract and survey.")
public final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--seeds", required = true, paramLabel = "FILE", description = "One start address per line.")
    Path seeds;

    @Option(
            names = "--max-pages",
            paramLabel = "N",
            defaultValue = "100",
            description = "Stop after this many pages (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "crawl",
            description = "Where pages are saved (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        throw CommandFailure.notImplementedYet("crawl");
    }
}
