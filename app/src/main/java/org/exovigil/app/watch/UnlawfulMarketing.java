package org.exovigil.app.watch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Marketing pages that offer a product type on a site the rulebook finds unlawful, each counted once, on the day
 * the watch first read its address: what a rise in unlawful marketing is counted from. A site's verdict is that of
 * its pages as read now (the watch keeps one verdict per site, see {@link ClinicSites}), so an earlier window is
 * judged by today's law on those sites too.
 */
@Service
public class UnlawfulMarketing {

    private static final String FIRST_SEEN = """
            with first_seen as (
                select distinct on (url) id, url, host, fetched_at, facts from watch_page
                where marketing order by url, fetched_at, id),
            unlawful as (
                select f.*, s.provider_id from first_seen f join watch_site s on s.host = f.host
                where s.marketing and exists (select 1 from jsonb_array_elements(s.assessment -> 'findings') x
                                              where x ->> 'severity' = 'violation'))
            """;

    private final JdbcClient jdbc;

    UnlawfulMarketing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** New unlawful pages of one product type in each of two adjoining windows ending at {@code to}. */
    public record Counts(String productType, int recent, int earlier) {}

    /** A page as evidence: its address, its site, the clinic when known, and when the watch first read it. */
    public record EvidencePage(long id, String url, String host, Long providerId, Instant firstSeen) {}

    /** Per product type offered, the new unlawful pages in ({@code to} − days, {@code to}] and the days before. */
    public List<Counts> counts(Instant to, int days) {
        OffsetDateTime end = to.atOffset(ZoneOffset.UTC);
        return jdbc.sql(FIRST_SEEN + """
                        select t.type,
                               count(*) filter (where u.fetched_at > ?),
                               count(*) filter (where u.fetched_at <= ?)
                        from unlawful u, jsonb_array_elements_text(u.facts -> 'product_types') t(type)
                        where u.fetched_at > ? and u.fetched_at <= ?
                        group by t.type order by t.type""")
                .params(end.minusDays(days), end.minusDays(days), end.minusDays(2L * days), end)
                .query((rs, row) -> new Counts(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /** The new unlawful pages offering the product type in ({@code to} − days, {@code to}], first read first. */
    public List<EvidencePage> pages(String productType, Instant to, int days) {
        OffsetDateTime end = to.atOffset(ZoneOffset.UTC);
        return jdbc.sql(FIRST_SEEN + """
                        select id, url, host, provider_id, fetched_at from unlawful
                        where facts -> 'product_types' @> jsonb_build_array(?::text) and fetched_at > ? and fetched_at <= ?
                        order by fetched_at, url""")
                .params(productType, end.minusDays(days), end)
                .query((rs, row) -> new EvidencePage(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }
}
