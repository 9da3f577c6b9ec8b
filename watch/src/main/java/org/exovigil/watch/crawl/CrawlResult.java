package org.exovigil.watch.crawl;

import java.nio.file.Path;

/**
 * What a crawl did, for the command line to print. Every address counted here has a row in the log.
 *
 * @param fetched pages fetched to a final answer, whatever it was (at most {@code maxPages})
 * @param saved pages saved under {@code pages/}: HTML or plain text, answered 2xx, within the size limit
 * @param redirects redirects followed (their targets are fetched in their place)
 * @param disallowed addresses robots.txt did not allow, never requested
 * @param outOfScope addresses found off the seed's site, never requested
 * @param skipped pages fetched but not saved: too large, not HTML or text, or not decodable
 * @param errors pages that failed: network failures after the repeats, or 4xx/5xx answers
 * @param unvisited addresses found but not fetched because the page limit was reached
 * @param requests every HTTP request made, including robots.txt, sitemaps and repeats
 * @param warc the WARC file holding a request and a response record for every answer received
 * @param log the tab-separated log, one row per address and outcome
 * @param pages the folder of saved pages, one folder per host
 */
public record CrawlResult(
        int fetched,
        int saved,
        int redirects,
        int disallowed,
        int outOfScope,
        int skipped,
        int errors,
        int unvisited,
        int requests,
        Path warc,
        Path log,
        Path pages) {

    /** One line such as {@code 12 pages fetched, 9 saved, 2 disallowed by robots.txt, 1 error}. */
    public String summary() {
        var line = new StringBuilder()
                .append(fetched)
                .append(fetched == 1 ? " page" : " pages")
                .append(" fetched, ")
                .append(saved)
                .append(" saved");
        if (disallowed > 0) {
            line.append(", ").append(disallowed).append(" disallowed by robots.txt");
        }
        if (skipped > 0) {
            line.append(", ").append(skipped).append(" skipped (too large, not text)");
        }
        if (errors > 0) {
            line.append(", ").append(errors).append(errors == 1 ? " error" : " errors");
        }
        if (unvisited > 0) {
            line.append("; ").append(unvisited).append(" more addresses left at the page limit");
        }
        return line.toString();
    }
}
