package org.exovigil.watch.crawl;

/**
 * An address waiting to be fetched.
 *
 * @param address what to fetch
 * @param depth links from the seed
 * @param site the registered domain of the seed it came from; the page must stay on it
 * @param redirects how many redirects led here
 */
record Target(Address address, int depth, String site, int redirects) {}
