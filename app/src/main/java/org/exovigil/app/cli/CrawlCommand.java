package org.exovigil.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exovigil.watch.crawl.Crawl;
import org.exovigil.watch.crawl.CrawlException;
import org.exovigil.watch.crawl.CrawlResult;
import org.exovigil.watch.crawl.CrawlSettings;
import org.exovigil.watch.crawl.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description =
                "Polite crawl (robots.txt and sitemaps, at most one request a second per host, same site) from seed"
                        + " addresses, saving pages for extract, survey and watch ingest, and every exchange in a WARC"
                        + " file. Prints the folder of saved pages.")
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (maxPages < 1) {
            throw CommandFailure.unusable("--max-pages: expected a whole number of at least 1, got " + maxPages);
        }
        try {
            CrawlResult result =
                    new Crawl(CrawlSettings.of(Seeds.read(seeds), out).withMaxPages(maxPages)).run();
            var err = spec.commandLine().getErr();
            err.println(result.summary());
            err.println("WARC " + result.warc() + ", log " + result.log());
            spec.commandLine().getOut().println(result.pages());
            return 0;
        } catch (CrawlException e) {
            throw CommandFailure.unusable(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CommandFailure.checkFailed("crawl interrupted");
        }
    }
}
