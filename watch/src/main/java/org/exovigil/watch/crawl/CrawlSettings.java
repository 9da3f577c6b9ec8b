package org.exovigil.watch.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link Crawl} runs. {@link #of} gives the polite defaults; the {@code with} methods change one
 * setting.
 *
 * @param seeds the start addresses, absolute http(s); each page found stays on the site (registered
 *     domain) of the seed it came from
 * @param maxPages the crawl stops after this many pages have been fetched (a redirect is not a page: its
 *     target is fetched in its place; robots.txt and sitemaps are not pages)
 * @param maxDepth how many links away from a seed a page may be; 0 fetches only the seeds. Pages found
 *     in a sitemap count as one link away
 * @param minDelay the least time between the end of one request and the start of the next to the same
 *     host, whatever the seeds
 * @param maxDelay the longest wait a site can ask for: a robots.txt Crawl-delay longer than this is
 *     cut to it, and an answer whose Retry-After is longer is not retried
 * @param userAgent sent with every request; its first word ({@code ExovigilBot}) is the name robots.txt
 *     groups are matched against
 * @param timeout for one whole request: connecting, the answer's headers and its body
 * @param retries how many times a request is repeated after a network failure, a 429 or a 5xx answer
 * @param backoff the wait before the first repeat, doubled before each further one (or the answer's
 *     Retry-After, when longer)
 * @param maxPageBytes a page longer than this is not saved (the WARC keeps its first {@code maxPageBytes}
 *     bytes, marked truncated)
 * @param out the output folder: the WARC file, {@code crawl-log.tsv} and {@code pages/}
 */
public record CrawlSettings(
        List<URI> seeds,
        int maxPages,
        int maxDepth,
        Duration minDelay,
        Duration maxDelay,
        String userAgent,
        Duration timeout,
        int retries,
        Duration backoff,
        int maxPageBytes,
        Path out) {

    /** The crawler's name and where a webmaster can read what it does and how to stop it. */
    public static final String USER_AGENT = "ExovigilBot/0.1 (+https://exovigil.org/bot)";

    public CrawlSettings {
        Objects.requireNonNull(out, "out");
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("seeds: expected at least one address");
        }
        for (URI seed : seeds) {
            if (Address.of(seed.toString()).isEmpty()) {
                throw new IllegalArgumentException("seeds: expected absolute http(s) addresses, got " + seed);
            }
        }
        require(maxPages >= 1, "maxPages: expected 1 or more, got " + maxPages);
        require(maxDepth >= 0, "maxDepth: expected 0 or more, got " + maxDepth);
        require(!minDelay.isNegative(), "minDelay: expected 0 or more, got " + minDelay);
        require(maxDelay.compareTo(minDelay) >= 0, "maxDelay: expected at least minDelay, got " + maxDelay);
        require(userAgent != null && !userAgent.isBlank(), "userAgent: expected a product name such as Bot/1.0");
        require(timeout.isPositive(), "timeout: expected more than 0, got " + timeout);
        require(retries >= 0, "retries: expected 0 or more, got " + retries);
        require(!backoff.isNegative(), "backoff: expected 0 or more, got " + backoff);
        require(maxPageBytes >= 1, "maxPageBytes: expected 1 or more, got " + maxPageBytes);
    }

    /**
     * The defaults: 100 pages, depth 5, at least 1 s between requests to a host (a longer robots.txt
     * Crawl-delay wins, up to 30 s), 30 s per request, 3 repeats starting 1 s apart, pages up to 5 MiB.
     */
    public static CrawlSettings of(List<URI> seeds, Path out) {
        return new CrawlSettings(
                seeds,
                100,
                5,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                USER_AGENT,
                Duration.ofSeconds(30),
                3,
                Duration.ofSeconds(1),
                5 * 1024 * 1024,
                out);
    }

    public CrawlSettings withMaxPages(int pages) {
        return new CrawlSettings(
                seeds, pages, maxDepth, minDelay, maxDelay, userAgent, timeout, retries, backoff, maxPageBytes, out);
    }

    public CrawlSettings withMaxDepth(int depth) {
        return new CrawlSettings(
                seeds, maxPages, depth, minDelay, maxDelay, userAgent, timeout, retries, backoff, maxPageBytes, out);
    }

    /** The least and the greatest wait between requests to one host (see {@link #minDelay}, {@link #maxDelay}). */
    public CrawlSettings withDelays(Duration least, Duration greatest) {
        return new CrawlSettings(
                seeds, maxPages, maxDepth, least, greatest, userAgent, timeout, retries, backoff, maxPageBytes, out);
    }

    /** The number of repeats of a failed request and the wait before the first. */
    public CrawlSettings withRetries(int times, Duration firstWait) {
        return new CrawlSettings(
                seeds, maxPages, maxDepth, minDelay, maxDelay, userAgent, timeout, times, firstWait, maxPageBytes, out);
    }

    public CrawlSettings withMaxPageBytes(int bytes) {
        return new CrawlSettings(
                seeds, maxPages, maxDepth, minDelay, maxDelay, userAgent, timeout, retries, backoff, bytes, out);
    }

    /** The name robots.txt groups are matched against: the user agent's product token, in lower case. */
    String robotName() {
        String product = userAgent.strip().split("[/\\s]", 2)[0];
        return product.toLowerCase(java.util.Locale.ROOT);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
