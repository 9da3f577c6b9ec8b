package org.exovigil.watch.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One crawl's work, sequential: take the next address from the {@link Frontier}, check it against its
 * origin's robots.txt (fetched on first need; for a seed's origin its sitemaps are read then too), fetch
 * it through the {@link Fetcher} (rate limit, repeats, WARC), and act on the answer: queue a redirect's
 * target in the redirect's place, save an HTML or text page, and queue the page's links one level
 * deeper. Every address met is logged once with what became of it.
 */
final class Crawler {

    /** Consecutive redirects followed (RFC 9309 §2.3.1.2 asks at least five for robots.txt). */
    private static final int MAX_REDIRECTS = 5;

    /** Sitemap documents read per seed origin, index files included. */
    private static final int MAX_SITEMAPS = 20;

    private final CrawlSettings settings;
    private final Fetcher fetcher;
    private final CrawlLog log;
    private final PageFolder pages;
    private final Path out;
    private final Frontier frontier;
    private final RobotsTxt robots;
    private final SiteMapParser sitemaps = new SiteMapParser(false);
    private final Set<String> seedOrigins = new HashSet<>();
    private int fetched;
    private int saved;
    private int redirects;
    private int disallowed;
    private int outOfScope;
    private int skipped;
    private int errors;

    Crawler(CrawlSettings settings, Fetcher fetcher, CrawlLog log, PageFolder pages) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.log = log;
        this.pages = pages;
        this.out = settings.out();
        this.frontier = new Frontier(settings.minDelay());
        this.robots = new RobotsTxt(settings.robotName());
    }

    void crawl() throws InterruptedException {
        for (URI seed : settings.seeds()) {
            Address address = Address.of(seed.toString()).orElseThrow();
            seedOrigins.add(address.origin());
            discover(address, 0, address.site(), 0, false);
        }
        while (fetched < settings.maxPages()) {
            Optional<Target> next = frontier.next();
            if (next.isEmpty()) {
                break;
            }
            visit(next.get());
        }
    }

    CrawlResult result(Path warc) {
        return new CrawlResult(
                fetched,
                saved,
                redirects,
                disallowed,
                outOfScope,
                skipped,
                errors,
                frontier.waiting(),
                fetcher.requests(),
                warc,
                log.file(),
                pages.root());
    }

    private void visit(Target target) throws InterruptedException {
        Address address = target.address();
        int depth = target.depth();
        RobotsTxt.Rules rules = rulesFor(address);
        if (!rules.allows(address)) {
            disallowed++;
            log.row(address.toString(), 0, "", -1, depth, null, "robots_disallowed", rules.refusal());
            return;
        }
        Exchange answer = fetcher.fetch(address, frontier.host(address.host()), depth);
        if (answer.redirect()) {
            redirect(target, answer);
            return;
        }
        fetched++;
        if (!answer.answered()) {
            errors++;
            log.row(answer, depth, "error", answer.note());
        } else if (!answer.ok()) {
            errors++;
            log.row(answer, depth, "http_error", answer.note() == null ? answer.describe() : answer.note());
        } else if (!answer.mediaType().equals("text/html")
                && !answer.mediaType().equals("text/plain")) {
            skipped++;
            log.row(answer, depth, "not_text", "only text/html and text/plain pages are saved");
        } else if (answer.truncated()) {
            skipped++;
            log.row(answer, depth, "too_large", "longer than " + settings.maxPageBytes() + " bytes");
        } else {
            save(target, answer);
        }
    }

    private void redirect(Target target, Exchange answer) {
        redirects++;
        Optional<Address> to = answer.location();
        if (to.isEmpty()) {
            fetched++;
            errors++;
            log.row(answer, target.depth(), "http_error", "redirect to an address that is not http(s)");
        } else if (target.redirects() >= MAX_REDIRECTS) {
            fetched++;
            errors++;
            log.row(answer, target.depth(), "error", "more than " + MAX_REDIRECTS + " redirects in a row");
        } else {
            Found found = discover(to.get(), target.depth(), target.site(), target.redirects() + 1, true);
            String note = switch (found) {
                case QUEUED, TOO_DEEP -> "";
                case MET_BEFORE -> " (met before)";
                case OFF_SITE -> " (off the site: not followed)";
            };
            log.row(answer, target.depth(), "redirect", "to " + to.get() + note);
        }
    }

    private void save(Target target, Exchange answer) {
        Address address = target.address();
        boolean html = answer.mediaType().equals("text/html");
        Document document = null;
        Charset charset;
        if (html) {
            try {
                // jsoup picks the charset as a browser does: byte-order mark, then the header's, then <meta>.
                document = Jsoup.parse(
                        new ByteArrayInputStream(answer.body()),
                        answer.charset().map(Charset::name).orElse(null),
                        address.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            charset = document.charset();
        } else {
            charset = PageFolder.textCharset(answer.body(), answer.charset());
        }
        try {
            Path file = pages.save(address, answer.body(), charset, html);
            saved++;
            log.row(answer, target.depth(), "saved", out.relativize(file).toString());
        } catch (PageFolder.UndecodablePage e) {
            skipped++;
            log.row(answer, target.depth(), "undecodable", e.getMessage());
        }
        if (document != null) {
            for (Element link : document.select("a[href], area[href]")) {
                Address.of(link.attr("abs:href"))
                        .ifPresent(to -> discover(to, target.depth() + 1, target.site(), 0, false));
            }
        }
    }

    /** What became of an address found in a link, a sitemap or a redirect. */
    private enum Found {
        QUEUED,
        TOO_DEEP,
        MET_BEFORE,
        OFF_SITE
    }

    /** Queues {@code address} unless it is too deep, met before, or off {@code site} (which is logged). */
    private Found discover(Address address, int depth, String site, int redirectsSoFar, boolean next) {
        if (depth > settings.maxDepth()) {
            return Found.TOO_DEEP;
        }
        if (!frontier.firstSight(address)) {
            return Found.MET_BEFORE;
        }
        if (!address.site().equals(site)) {
            outOfScope++;
            log.row(address.toString(), 0, "", -1, depth, null, "out_of_scope", "not on " + site);
            return Found.OFF_SITE;
        }
        frontier.add(new Target(address, depth, site, redirectsSoFar), next);
        return Found.QUEUED;
    }

    /** The robots.txt rules for {@code address}'s origin, fetched on first need. */
    private RobotsTxt.Rules rulesFor(Address address) throws InterruptedException {
        Optional<RobotsTxt.Rules> known = robots.known(address);
        if (known.isPresent()) {
            return known.get();
        }
        // Redirects are followed anywhere for robots.txt itself (RFC 9309 §2.3.1.2); only that file is read.
        Exchange answer = fetchFollowing(address.robotsTxt(), any -> true);
        RobotsTxt.Rules rules = robots.learn(address, answer);
        Duration applied = rules.crawlDelay()
                .map(asked -> asked.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : asked)
                .orElse(Duration.ZERO);
        frontier.host(address.host()).slowTo(applied);
        log.row(answer, -1, "robots_txt", RobotsTxt.summary(answer, rules, applied));
        if (seedOrigins.contains(address.origin()) && !rules.rules().isAllowNone()) {
            readSitemaps(address, rules);
        }
        return rules;
    }

    /**
     * Queues, one link from the seed, the pages listed in the sitemaps of a seed's origin: those its
     * robots.txt names and {@code /sitemap.xml} (sitemaps.org protocol), following sitemap indexes.
     * Sitemaps and the pages they list must be on the seed's site.
     */
    private void readSitemaps(Address seed, RobotsTxt.Rules rules) throws InterruptedException {
        String site = seed.site();
        Deque<Address> todo = new ArrayDeque<>();
        for (String listed : rules.rules().getSitemaps()) {
            Address.of(listed).ifPresent(todo::add);
        }
        todo.add(seed.sitemapXml());
        Set<String> done = new HashSet<>();
        int read = 0;
        while (!todo.isEmpty() && read < MAX_SITEMAPS) {
            Address sitemap = todo.poll();
            if (!done.add(sitemap.toString())) {
                continue;
            }
            if (!sitemap.site().equals(site)) {
                log.row(sitemap.toString(), 0, "", -1, -1, null, "out_of_scope", "sitemap not on " + site);
                continue;
            }
            RobotsTxt.Rules own = rulesFor(sitemap);
            if (!own.allows(sitemap)) {
                log.row(sitemap.toString(), 0, "", -1, -1, null, "robots_disallowed", own.refusal());
                continue;
            }
            read++;
            Exchange answer = fetchFollowing(sitemap, to -> to.site().equals(site));
            if (!answer.ok() || answer.truncated()) {
                String why = !answer.answered() ? answer.note() : answer.truncated() ? "too large" : answer.describe();
                log.row(answer, -1, "sitemap", "not read: " + why);
                continue;
            }
            try {
                AbstractSiteMap map = sitemaps.parseSiteMap(
                        answer.contentType(),
                        answer.body(),
                        answer.address().uri().toURL());
                if (map instanceof SiteMapIndex index) {
                    for (AbstractSiteMap child : index.getSitemaps()) {
                        Address.of(child.getUrl().toString()).ifPresent(todo::add);
                    }
                    log.row(
                            answer,
                            -1,
                            "sitemap",
                            "index of " + index.getSitemaps().size() + " sitemaps");
                } else if (map instanceof SiteMap list) {
                    int queued = 0;
                    for (SiteMapURL entry : list.getSiteMapUrls()) {
                        Optional<Address> page = Address.of(entry.getUrl().toString());
                        if (page.isPresent() && discover(page.get(), 1, site, 0, false) == Found.QUEUED) {
                            queued++;
                        }
                    }
                    log.row(answer, -1, "sitemap", list.getSiteMapUrls().size() + " addresses, " + queued + " new");
                }
            } catch (UnknownFormatException | IOException e) {
                log.row(answer, -1, "sitemap", "not read: not a sitemap (" + e.getMessage() + ")");
            }
        }
    }

    /** Fetches {@code start}, following up to five redirects to addresses {@code allowed} accepts. */
    private Exchange fetchFollowing(Address start, Predicate<Address> allowed) throws InterruptedException {
        Exchange answer = fetcher.fetch(start, frontier.host(start.host()), -1);
        for (int hops = 0; answer.redirect() && hops < MAX_REDIRECTS; hops++) {
            Optional<Address> to = answer.location();
            if (to.isEmpty() || !allowed.test(to.get())) {
                break;
            }
            log.row(answer, -1, "redirect", "to " + to.get());
            answer = fetcher.fetch(to.get(), frontier.host(to.get().host()), -1);
        }
        return answer;
    }
}
