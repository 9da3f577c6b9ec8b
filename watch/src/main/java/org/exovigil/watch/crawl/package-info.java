/**
 * Crawl: fetches clinic web sites politely from seed addresses and saves their pages for {@code extract}
 * and {@code survey}. It obeys robots.txt (RFC 9309, including Crawl-delay), waits between requests to
 * the same host, reads the sitemaps robots.txt names, stays on the site of the seed each page came from,
 * and keeps every fetch as dated evidence in a WARC 1.1 file beside the saved pages and a log. The
 * public API is {@link org.exovigil.watch.crawl.Crawl}, its {@link org.exovigil.watch.crawl.CrawlSettings}
 * and {@link org.exovigil.watch.crawl.CrawlResult}, {@link org.exovigil.watch.crawl.Seeds} and {@link
 * org.exovigil.watch.crawl.CrawlException}; everything else is package-private.
 */
package org.exovigil.watch.crawl;
