package org.exovigil.watch.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl's limits and its answers to unhelpful servers, each on a small site of its own. */
class CrawlLimitsTest {

    @TempDir
    Path out;

    TestSite site;

    @BeforeEach
    void startSite() throws IOException {
        site = TestSite.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void theCrawlStopsAtTheMaximumNumberOfPages() throws Exception {
        var home = new StringBuilder("<html><body>");
        for (int i = 1; i <= 10; i++) {
            home.append("<a href=\"/p").append(i).append("\">Page ").append(i).append("</a>");
            site.html("/p" + i, "<html><body>Page " + i + "</body></html>");
        }
        site.html("/", home.append("</body></html>").toString());

        CrawlResult result = new Crawl(settings(site.url("/")).withMaxPages(3)).run();

        assertThat(pagesRequested()).containsExactly("/", "/p1", "/p2");
        assertThat(result.fetched()).isEqualTo(3);
        assertThat(result.saved()).isEqualTo(3);
        assertThat(result.unvisited()).isEqualTo(8);
        assertThat(result.summary()).endsWith("8 more addresses left at the page limit");
    }

    @Test
    void linksBeyondTheMaximumDepthAreNotFollowed() throws Exception {
        site.html("/", "<html><body><a href=\"/d1\">1</a></body></html>")
                .html("/d1", "<html><body><a href=\"/d2\">2</a></body></html>")
                .html("/d2", "<html><body><a href=\"/d3\">3</a></body></html>")
                .html("/d3", "<html><body>deep</body></html>");

        CrawlResult result = new Crawl(settings(site.url("/")).withMaxDepth(2)).run();

        assertThat(pagesRequested()).containsExactly("/", "/d1", "/d2");
        assertThat(result.saved()).isEqualTo(3);
    }

    @Test
    void depthZeroFetchesOnlyTheSeeds() throws Exception {
        site.html("/", "<html><body><a href=\"/d1\">1</a></body></html>");

        new Crawl(settings(site.url("/")).withMaxDepth(0)).run();

        assertThat(pagesRequested()).containsExactly("/");
    }

    @Test
    void aRobotsTxtThatFailsWithAServerErrorDisallowsTheWholeHost() throws Exception {
        site.route("/robots.txt", exchange -> TestSite.answer(exchange, 500, "text/plain", "oops".getBytes(UTF_8)))
                .html("/", "<html><body>home</body></html>");

        CrawlResult result = new Crawl(settings(site.url("/"))).run();

        assertThat(site.paths()).containsExactly("/robots.txt", "/robots.txt");
        assertThat(result.disallowed()).isEqualTo(1);
        assertThat(result.fetched()).isZero();
        assertThat(log())
                .anyMatch(line -> line.startsWith(site.url("/") + "\t")
                        && line.contains("\trobots_disallowed\trobots.txt unreachable (HTTP 500)")
                        && line.contains("RFC 9309 §2.3.1.4"));
    }

    @Test
    void aRetryAfterIsWaitedBeforeTheRepeat() throws Exception {
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        site.route("/", exchange -> {
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                TestSite.answer(exchange, 429, "text/plain", "slow down".getBytes(UTF_8));
            } else {
                TestSite.answer(exchange, 200, "text/html", "<html><body>home</body></html>".getBytes(UTF_8));
            }
        });

        CrawlResult result =
                new Crawl(settings(site.url("/")).withDelays(Duration.ofMillis(10), Duration.ofSeconds(2))).run();

        List<TestSite.Request> home =
                site.requests().stream().filter(r -> r.path().equals("/")).toList();
        assertThat(home).hasSize(2);
        assertThat(Duration.ofNanos(home.get(1).nanos() - home.get(0).nanos()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(result.saved()).isEqualTo(1);
    }

    @Test
    void aRetryAfterLongerThanTheCrawlWaitsIsNotRepeated() throws Exception {
        site.route("/", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            TestSite.answer(exchange, 503, "text/plain", "come back later".getBytes(UTF_8));
        });

        CrawlResult result = new Crawl(settings(site.url("/"))).run();

        assertThat(pagesRequested()).containsExactly("/");
        assertThat(result.errors()).isEqualTo(1);
        assertThat(log()).anyMatch(line -> line.contains("\thttp_error\tnot repeated: Retry-After 3600 s"));
    }

    @Test
    void aSecondCrawlIntoTheSameFolderAddsPagesAndKeepsTheFirst() throws Exception {
        site.html("/", "<html><body>home</body></html>");

        CrawlResult first = new Crawl(settings(site.url("/"))).run();
        CrawlResult second = new Crawl(settings(site.url("/"))).run();

        try (Stream<Path> files = Files.list(out.resolve("pages/127.0.0.1"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("0001.html", "0002.html");
        }
        assertThat(second.warc()).isNotEqualTo(first.warc()).exists();
        assertThat(log()).filteredOn(line -> line.startsWith("url\t")).hasSize(1);
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneClearError() throws Exception {
        Path file = Files.writeString(out.resolve("taken"), "a file, not a folder");
        CrawlSettings settings = CrawlSettings.of(List.of(URI.create("http://127.0.0.1:9/")), file.resolve("crawl"));

        assertThatThrownBy(() -> new Crawl(settings).run())
                .isInstanceOf(CrawlException.class)
                .hasMessageStartingWith(file.resolve("crawl") + ": cannot create the output folder (");
    }

    @Test
    void theSettingsRefuseANonsenseLimit() {
        CrawlSettings settings = CrawlSettings.of(List.of(URI.create("https://clinic.example/")), out);

        assertThatThrownBy(() -> settings.withMaxPages(0)).hasMessage("maxPages: expected 1 or more, got 0");
        assertThatThrownBy(() -> CrawlSettings.of(List.of(URI.create("ftp://clinic.example/")), out))
                .hasMessage("seeds: expected absolute http(s) addresses, got ftp://clinic.example/");
        assertThat(settings.robotName()).isEqualTo("exovigilbot");
    }

    private CrawlSettings settings(String seed) {
        return CrawlSettings.of(List.of(URI.create(seed)), out)
                .withDelays(Duration.ofMillis(10), Duration.ofMillis(100))
                .withRetries(1, Duration.ofMillis(10));
    }

    /** The requests for pages: all but robots.txt and the sitemap. */
    private List<String> pagesRequested() {
        return site.paths().stream()
                .filter(p -> !p.equals("/robots.txt") && !p.equals("/sitemap.xml"))
                .toList();
    }

    private List<String> log() throws IOException {
        return Files.readAllLines(out.resolve("crawl-log.tsv"), UTF_8);
    }
}
