package org.exovigil.app.watch;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.exovigil.app.audit.Sha256;
import org.exovigil.watch.FactsJson;
import org.exovigil.watch.Page;
import org.exovigil.watch.PageExtractor;
import org.exovigil.watch.PageFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in clinic pages: extracts their facts, links the page to the provider whose website is on the
 * same host, keeps it once per content, and rebuilds the profile of its site ({@link ClinicSites}),
 * which the rulebook judges as one business.
 */
@Service
public class WatchedPages {

    private final JdbcClient jdbc;
    private final ClinicSites sites;
    private final PageExtractor extractor = new PageExtractor();

    WatchedPages(JdbcClient jdbc, ClinicSites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    /** What happened to a page: stored anew, or already held with the same content. */
    public enum Outcome {
        STORED,
        UNCHANGED,
        NO_ADDRESS
    }

    @Transactional
    public Outcome ingest(Page page, Instant fetchedAt) {
        if (page.url() == null || host(page.url()) == null) {
            return Outcome.NO_ADDRESS;
        }
        PageFacts facts = extractor.extract(page);
        String host = host(page.url());
        int inserted = jdbc.sql("""
                        insert into watch_page (url, host, provider_id, fetched_at, source, content_sha256, marketing,
                            country, facts)
                        values (?, ?, (select id from provider where merged_into is null
                                       and lower(regexp_replace(website, '^[a-z]+://(www\\.)?([^/:?#]+).*$', '\\2', 'i')) = ?
                                       order by id limit 1),
                                ?, ?, ?, ?, ?, ?::jsonb)
                        on conflict (url, content_sha256) do nothing""")
                .params(
                        page.url(),
                        host,
                        host,
                        fetchedAt.atOffset(ZoneOffset.UTC),
                        page.source(),
                        Sha256.of(page.content()),
                        facts.marketing(),
                        facts.country(),
                        FactsJson.stored(facts))
                .update();
        if (inserted == 0) {
            return Outcome.UNCHANGED;
        }
        sites.refresh(host);
        return Outcome.STORED;
    }

    /** The host without "www.", in lower case; null when the address has none. */
    static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
