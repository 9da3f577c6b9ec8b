package org.exovigil.watch.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A polite crawl of clinic web sites from seed addresses, saving their pages for {@code extract} and
 * {@code survey}.
 *
 * <p>The method, in words. Each seed starts a site: its registered domain (Public Suffix List), which no
 * page may leave. Addresses wait in one queue per host, breadth first; the next comes from the host
 * that may be asked soonest. Before the first request to an origin its robots.txt is fetched and then
 * obeyed (RFC 9309: 4xx allows all, 5xx or no answer disallows all); for a seed's origin the sitemaps
 * robots.txt names and {@code /sitemap.xml} are read, and the pages they list queued. Requests to one
 * host are serial and spaced: each starts at least {@code minDelay} after the previous one ended, or
 * the robots.txt Crawl-delay when longer (up to {@code maxDelay}), whatever the seeds. Network failures,
 * 429 and 5xx answers are repeated with exponential back-off, honouring Retry-After. Redirects are
 * followed within the site; a page is fetched at most once (addresses in normal form, fragments
 * dropped). HTML pages' {@code <a href>} links to http(s) addresses are queued one level deeper, up to
 * {@code maxDepth}; the crawl stops after {@code maxPages} pages.
 *
 * <p>The output folder gets: {@code crawl-<timestamp>.warc.gz}, a WARC 1.1 file with the request and the
 * answer of every fetch, dated, as evidence of what each site said; {@code pages/<host>/<n>.html} (or
 * {@code .txt}) for each HTML or plain-text page answered 2xx, opening with a {@code URL:} line, readable
 * by {@link org.exovigil.watch.PageFiles}; and {@code crawl-log.tsv}, one row per address and outcome.
 *
 * <p>Edge cases: a seed whose robots.txt cannot be fetched is not crawled (logged as disallowed, with
 * the reason); a page over {@code maxPageBytes} is not saved; a page that does not decode in its own
 * charset is not saved; links are not followed from plain-text pages. A crawl runs once.
 */
public final class Crawl {

    private final CrawlSettings settings;
    private boolean ran;

    public Crawl(CrawlSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs the crawl to the end and says what it did.
     *
     * @throws CrawlException when the output folder or its files cannot be written
     * @throws InterruptedException when the thread is interrupted; the WARC file and the log written so
     *     far are closed and complete
     */
    public CrawlResult run() throws CrawlException, InterruptedException {
        if (ran) {
            throw new IllegalStateException("a Crawl runs once; make a new one");
        }
        ran = true;
        Path out = settings.out();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CrawlException(out + ": cannot create the output folder (" + reason(e) + ")");
        }
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Path warc = null;
        try (var log = CrawlLog.open(out.resolve("crawl-log.tsv"));
                var archive = WarcArchive.create(out, start, settings.userAgent());
                var client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(settings.timeout())
                        .build()) {
            warc = archive.file();
            var crawler = new Crawler(
                    settings, new Fetcher(client, settings, archive, log), log, new PageFolder(out.resolve("pages")));
            crawler.crawl();
            return crawler.result(warc);
        } catch (UncheckedIOException e) {
            throw new CrawlException(e.getMessage() + " (" + reason(e.getCause()) + ")");
        } catch (IOException e) {
            throw new CrawlException(out + ": cannot write the crawl's files (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException
                ? "permission denied"
                : e instanceof FileAlreadyExistsException
                        ? "a file is in the way"
                        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
