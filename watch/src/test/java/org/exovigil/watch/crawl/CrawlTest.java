package org.exovigil.watch.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.exovigil.watch.Page;
import org.exovigil.watch.PageFiles;
import org.exovigil.watch.UnreadablePageException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/**
 * One crawl of a small clinic site, run once against real HTTP servers on 127.0.0.1, and what it must
 * have done: obey robots.txt and its Crawl-delay, find the page only the sitemap lists, stay on the site,
 * follow a redirect, repeat a 503, keep a Shift_JIS page readable, refuse a huge page, fetch each page
 * once, and leave a WARC file, saved pages and a log that agree.
 */
class CrawlTest {

    /** robots.txt asks 5 s, the crawl caps Crawl-delay at this; its own minimum is 50 ms. */
    private static final Duration CAPPED_DELAY = Duration.ofMillis(150);

    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final String JAPANESE = "幹細胞培養上清液によるエクソソーム点滴";
    private static final byte[] JA_PAGE =
            ("<!DOCTYPE html><html><head><meta charset=\"Shift_JIS\"><title>エクソソーム</title>" + "</head><body><p>"
                            + JAPANESE + "、1回330,000円。</p></body></html>")
                    .getBytes(SHIFT_JIS);

    @TempDir
    static Path out;

    static TestSite clinic;
    static TestSite sister;
    static TestSite elsewhere;
    static CrawlResult result;
    static List<String> log;

    @BeforeAll
    static void crawlTheClinic() throws Exception {
        clinic = TestSite.start();
        sister = TestSite.start();
        elsewhere = TestSite.start();
        String other = "http://localhost:" + elsewhere.port() + "/";
        clinic.text("/robots.txt", "text/plain", """
                        User-agent: *
                        Disallow: /private/
                        Crawl-delay: 5
                        Sitemap: %s
                        """.formatted(clinic.url("/sitemap-pages.xml")))
                .serve("/sitemap-pages.xml", "application/xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <url><loc>%s</loc></url>
                          <url><loc>https://elsewhere.example/listed</loc></url>
                        </urlset>
                        """.formatted(clinic.url("/orphan"))
                        .getBytes(UTF_8))
                .html("/", """
                        <html><body><h1>Exosome clinic</h1>
                        <a href="about">About</a> <a href="/about#team">Team</a>
                        <a href="/private/secret">Staff</a>
                        <a href="%s">A friend</a> <a href="https://other.example/page">Other</a>
                        <a href="/moved">Old page</a> <a href="/flaky">Prices</a> <a href="/leave">Partner</a>
                        <a href="/ja">日本語</a> <a href="/ja-header">日本語 2</a>
                        <a href="/huge">Everything</a> <a href="/self#top">Self</a>
                        <a href="mailto:desk@clinic.example">Mail</a> <a href="javascript:void(0)">Menu</a>
                        <a href="/brochure.pdf">Brochure</a> <a href="/notes.txt">Notes</a>
                        <a href="/missing">Gone</a>
                        </body></html>
                        """.formatted(other))
                .html("/about", "<html><body><a href=\"/deep/1\">More</a> <a href=\"/\">Home</a></body></html>")
                .html("/deep/1", "<html><body><a href=\"/deep/2\">More</a></body></html>")
                .html("/deep/2", "<html><body><a href=\"/deep/3\">More</a></body></html>")
                .html("/deep/3", "<html><body>Too deep</body></html>")
                .redirect("/moved", 301, "/landing")
                .redirect("/leave", 302, other + "partner")
                .html("/landing", "<html><body>Exosome IV drip, $3,500</body></html>")
                .html("/orphan", "<html><body>Only the sitemap knows this page</body></html>")
                .html(
                        "/self",
                        "<html><body><a href=\"#top\">Top</a> <a href=\"/self#part\">Part</a>"
                                + " <a href=\"self\">Again</a></body></html>")
                .serve("/ja", "text/html", JA_PAGE)
                .serve(
                        "/ja-header",
                        "text/html; charset=Shift_JIS",
                        ("<html><body><p>" + JAPANESE + "</p></body></html>").getBytes(SHIFT_JIS))
                .serve("/brochure.pdf", "application/pdf", "%PDF-1.4".getBytes(UTF_8))
                .text("/notes.txt", "text/plain; charset=UTF-8", "Exosome notes: no approval claimed.")
                .route("/huge", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0); // chunked: the size is not known in advance
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write("<html><body>".getBytes(UTF_8));
                        body.write("x".repeat(20_000).getBytes(UTF_8));
                    } catch (IOException e) {
                        // the crawler hung up at its limit
                    }
                });
        var flakyCalls = new AtomicInteger();
        clinic.route("/flaky", exchange -> {
            if (flakyCalls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                TestSite.answer(exchange, 503, "text/plain", "busy".getBytes(UTF_8));
            } else {
                TestSite.answer(exchange, 200, "text/html", "<html><body>Prices</body></html>".getBytes(UTF_8));
            }
        });
        sister.html("/", "<html><body><a href=\"/branch\">Branch</a></body></html>")
                .html("/branch", "<html><body>Second branch</body></html>");
        elsewhere.html("/", "<html><body>Not this site</body></html>");

        var settings = new CrawlSettings(
                List.of(URI.create(clinic.url("/")), URI.create(sister.url("/"))),
                50,
                3,
                Duration.ofMillis(50),
                CAPPED_DELAY,
                CrawlSettings.USER_AGENT,
                Duration.ofSeconds(10),
                2,
                Duration.ofMillis(50),
                4096,
                out);
        result = new Crawl(settings).run();
        log = Files.readAllLines(out.resolve("crawl-log.tsv"), UTF_8);
    }

    @AfterAll
    static void stopServers() {
        Stream.of(clinic, sister, elsewhere).filter(s -> s != null).forEach(TestSite::close);
    }

    @Test
    void aPathRobotsTxtDisallowsIsNeverRequested() {
        assertThat(clinic.paths()).doesNotContain("/private/secret");
        assertThat(row(clinic.url("/private/secret"))).contains("\trobots_disallowed\t");
        assertThat(result.disallowed()).isEqualTo(1);
    }

    @Test
    void robotsTxtIsFetchedFirstAndEveryRequestNamesTheBot() {
        assertThat(clinic.paths().getFirst()).isEqualTo("/robots.txt");
        assertThat(sister.paths().getFirst()).isEqualTo("/robots.txt");
        assertThat(clinic.requests()).extracting(TestSite.Request::userAgent).containsOnly(CrawlSettings.USER_AGENT);
    }

    @Test
    void aPageOnlyTheSitemapListsIsFetched() {
        assertThat(clinic.paths()).contains("/sitemap-pages.xml", "/sitemap.xml", "/orphan");
        assertThat(savedUrls()).contains(clinic.url("/orphan"));
    }

    @Test
    void linksAndSitemapEntriesOffTheSiteAreNotFollowed() {
        assertThat(elsewhere.requests()).isEmpty();
        assertThat(row("http://localhost:" + elsewhere.port() + "/")).contains("\tout_of_scope\t");
        assertThat(row("https://other.example/page")).contains("\tout_of_scope\t");
        assertThat(row("https://elsewhere.example/listed")).contains("\tout_of_scope\t");
        assertThat(result.outOfScope()).isEqualTo(4);
    }

    @Test
    void aRedirectOffTheSiteIsNotFollowed() {
        assertThat(row(clinic.url("/leave")))
                .contains("\t302\t")
                .endsWith("\tredirect\tto http://localhost:" + elsewhere.port()
                        + "/partner (off the site: not followed)");
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void anotherPortOnTheSameHostIsTheSameSite() {
        assertThat(sister.paths()).contains("/", "/branch");
        assertThat(savedUrls()).contains(sister.url("/branch"));
    }

    @Test
    void aRedirectIsFollowedAndThePageSavedUnderItsFinalAddress() {
        assertThat(row(clinic.url("/moved"))).contains("\t301\t").contains("\tredirect\tto " + clinic.url("/landing"));
        assertThat(savedUrls()).contains(clinic.url("/landing")).doesNotContain(clinic.url("/moved"));
        assertThat(result.redirects()).isEqualTo(2);
    }

    @Test
    void aServiceUnavailableAnswerIsRepeatedUntilItSucceeds() {
        assertThat(clinic.paths()).filteredOn("/flaky"::equals).hasSize(2);
        assertThat(log)
                .anyMatch(line -> line.startsWith(clinic.url("/flaky") + "\t503\t") && line.contains("\tretrying\t"));
        assertThat(savedUrls()).contains(clinic.url("/flaky"));
    }

    @Test
    void aShiftJisPageKeepsItsOwnBytesAndReadsBackAsJapanese() throws Exception {
        Path file = savedFile(clinic.url("/ja"));
        byte[] bytes = Files.readAllBytes(file);
        byte[] urlLine = ("URL: " + clinic.url("/ja") + "\n").getBytes(UTF_8);

        assertThat(Arrays.copyOfRange(bytes, urlLine.length, bytes.length)).isEqualTo(JA_PAGE);
        Page page = PageFiles.read(file, null);
        assertThat(page.html()).isTrue();
        assertThat(page.url()).isEqualTo(clinic.url("/ja"));
        assertThat(page.content()).contains(JAPANESE);
    }

    @Test
    void aPageWhoseCharsetOnlyTheHeaderNamesIsSavedAsUtf8AndReadsBack() throws Exception {
        Page page = PageFiles.read(savedFile(clinic.url("/ja-header")), null);

        assertThat(page.url()).isEqualTo(clinic.url("/ja-header"));
        assertThat(page.content()).contains(JAPANESE);
    }

    @Test
    void aPageBeyondTheSizeLimitIsNotSaved() {
        assertThat(row(clinic.url("/huge")))
                .contains("\t200\t")
                .contains("\t4096\t")
                .contains("\ttoo_large\t");
        assertThat(savedUrls()).doesNotContain(clinic.url("/huge"));
    }

    @Test
    void onlyHtmlAndTextAreSavedAndTextAsTxt() throws Exception {
        assertThat(row(clinic.url("/brochure.pdf"))).contains("\tnot_text\t");
        Path notes = savedFile(clinic.url("/notes.txt"));
        assertThat(notes.getFileName().toString()).endsWith(".txt");
        assertThat(Files.readString(notes))
                .isEqualTo("URL: " + clinic.url("/notes.txt") + "\nExosome notes: no approval claimed.");
        assertThat(row(clinic.url("/missing"))).contains("\t404\t").contains("\thttp_error\t");
    }

    @Test
    void fragmentsAreDroppedAndNoAddressIsFetchedTwice() {
        List<String> pages =
                clinic.paths().stream().filter(p -> !p.equals("/flaky")).toList();

        assertThat(pages).doesNotHaveDuplicates().contains("/self", "/about");
        assertThat(log).noneMatch(line -> line.contains("#"));
    }

    @Test
    void linksDeeperThanTheLimitAreNotFollowed() {
        assertThat(clinic.paths()).contains("/deep/1", "/deep/2").doesNotContain("/deep/3");
    }

    @Test
    void requestsToOneHostAreSpacedByTheCappedCrawlDelayAcrossSeedsAndPorts() {
        List<TestSite.Request> host = new ArrayList<>(clinic.requests());
        host.addAll(sister.requests());
        host.sort(Comparator.comparingLong(TestSite.Request::nanos));

        assertThat(host).hasSizeGreaterThan(20);
        for (int i = 1; i < host.size(); i++) {
            long gap = host.get(i).nanos() - host.get(i - 1).nanos();
            assertThat(Duration.ofNanos(gap))
                    .as("gap before %s", host.get(i).path())
                    .isGreaterThanOrEqualTo(CAPPED_DELAY);
        }
        assertThat(row(clinic.url("/robots.txt"))).contains("Crawl-delay 5000 ms, capped at 150 ms");
    }

    @Test
    void theWarcHoldsADatedRequestAndResponseForEverySavedPage() throws IOException {
        List<Path> warcs;
        try (Stream<Path> files = Files.list(out)) {
            warcs = files.filter(f -> f.getFileName().toString().contains(".warc"))
                    .toList();
        }
        assertThat(warcs).containsExactly(result.warc());
        assertThat(result.warc().getFileName().toString()).matches("crawl-\\d{8}T\\d{6}Z\\.warc\\.gz");

        Map<String, WarcResponse> responses = new HashMap<>();
        List<WarcRequest> requests = new ArrayList<>();
        try (var reader = new WarcReader(result.warc())) {
            for (WarcRecord record : reader) {
                assertThat(record.version().toString()).isEqualTo("WARC/1.1");
                if (record instanceof WarcResponse response) {
                    ByteArrayOutputStream body = new ByteArrayOutputStream();
                    response.http().body().stream().transferTo(body);
                    if (response.http().status() == 200) {
                        responses.put(response.target(), response);
                    }
                    if (response.target().equals(clinic.url("/ja"))) {
                        assertThat(body.toByteArray()).isEqualTo(JA_PAGE);
                    }
                    if (response.target().equals(clinic.url("/huge"))) {
                        assertThat(response.truncated().name()).isEqualTo("LENGTH");
                    }
                } else if (record instanceof WarcRequest request) {
                    requests.add(request);
                }
            }
        }
        assertThat(responses.keySet()).containsAll(savedUrls());
        assertThat(requests).hasSize(result.requests());
        assertThat(responses.values()).allSatisfy(r -> assertThat(r.date()).isNotNull());
    }

    @Test
    void everySavedPageIsReadableByExtractAndNamesItsAddress() throws Exception {
        List<Path> files = savedFiles();

        assertThat(files).hasSize(result.saved());
        for (Path file : files) {
            String url = urlOf(file);
            assertThat(url).startsWith("http://127.0.0.1:");
            assertThat(row(url)).contains("\tsaved\t" + out.relativize(file));
        }
        assertThat(files).allSatisfy(f -> assertThat(f.getFileName().toString()).matches("\\d{4}\\.(html|txt)"));
    }

    @Test
    void theLogHasAHeaderAndARowForEveryOutcome() {
        assertThat(log.getFirst()).isEqualTo("url\tstatus\tcontent_type\tbytes\tdepth\tfetched_at\toutcome\tdetail");
        assertThat(log.stream().skip(1).map(line -> line.split("\t", -1)))
                .allSatisfy(fields -> assertThat(fields).hasSize(8))
                .extracting(fields -> fields[6])
                .contains(
                        "robots_txt",
                        "sitemap",
                        "saved",
                        "redirect",
                        "retrying",
                        "robots_disallowed",
                        "out_of_scope",
                        "too_large",
                        "not_text",
                        "http_error");
    }

    @Test
    void theResultAgreesWithTheLog() {
        assertThat(result.saved()).isEqualTo(count("saved"));
        assertThat(result.skipped()).isEqualTo(count("too_large") + count("not_text") + count("undecodable"));
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.fetched()).isEqualTo(result.saved() + result.skipped() + result.errors());
        assertThat(result.unvisited()).isZero();
        assertThat(result.summary()).startsWith(result.fetched() + " pages fetched, " + result.saved() + " saved");
    }

    private static String row(String url) {
        return log.stream()
                .filter(line -> line.startsWith(url + "\t"))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no log row for " + url + " in\n" + String.join("\n", log)));
    }

    private static long count(String outcome) {
        return log.stream()
                .filter(line -> line.split("\t", -1)[6].equals(outcome))
                .count();
    }

    private static List<Path> savedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(result.pages())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The address of a saved page as extract reads it: from HTML by PageFiles, from text by its first line. */
    private static String urlOf(Path file) throws UnreadablePageException {
        Page page = PageFiles.read(file, null);
        if (page.html()) {
            return page.url();
        }
        String firstLine = page.content().lines().findFirst().orElse("");
        assertThat(firstLine).startsWith("URL: ");
        return firstLine.substring("URL: ".length());
    }

    private static List<String> savedUrls() {
        try {
            List<String> urls = new ArrayList<>();
            for (Path file : savedFiles()) {
                urls.add(urlOf(file));
            }
            return urls;
        } catch (IOException | UnreadablePageException e) {
            throw new AssertionError(e);
        }
    }

    private static Path savedFile(String url) throws IOException, UnreadablePageException {
        for (Path file : savedFiles()) {
            if (url.equals(urlOf(file))) {
                return file;
            }
        }
        throw new AssertionError("no saved page for " + url);
    }
}
