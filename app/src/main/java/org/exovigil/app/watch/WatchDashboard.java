package org.exovigil.app.watch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The watch in numbers, over the clinic sites that market ({@link ClinicSites}): businesses by country,
 * product type, source, indication, route and claim, as the published surveys count them (a site counts
 * once however many of its pages say it), prices by currency, and the sites themselves.
 */
@Service
public class WatchDashboard {

    private final JdbcClient jdbc;

    WatchDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many sites say a code, and their share of all marketing sites. */
    public record Count(String code, long sites, double percent) {}

    /** The prices of one currency as pages state them. */
    public record Prices(String currency, long n, double min, double median, double max) {}

    /** One site: its provider when known, its pages, what they claim and what the rulebook found. */
    public record Site(
            String host,
            Long providerId,
            String provider,
            String country,
            long pages,
            long claims,
            long violations,
            Instant lastRead) {}

    public record Totals(long sites, long pages, long marketingPages, long sitesWithViolations) {}

    public Totals totals() {
        return jdbc.sql("""
                        select count(*) filter (where marketing), coalesce(sum(pages), 0),
                               coalesce(sum(pages) filter (where marketing), 0),
                               count(*) filter (where marketing and exists (
                                   select 1 from jsonb_array_elements(assessment -> 'findings') f
                                   where f ->> 'severity' = 'violation'))
                        from watch_site""")
                .query((rs, row) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** Sites by a list field of their profiles ({@code product_types}, {@code sources}, {@code indications}, {@code routes}). */
    public List<Count> byList(Field field) {
        return counts("""
                select code, count(*) from watch_site, jsonb_array_elements_text(profile -> '%s') code
                where marketing group by code""".formatted(field.json));
    }

    public List<Count> byCountry() {
        return counts(
                "select country, count(*) from watch_site where marketing and country is not null group by country");
    }

    public List<Count> byClaim() {
        return counts("""
                select claim.key, count(*) from watch_site, jsonb_each(profile -> 'claims') claim
                where marketing and claim.value = 'true'::jsonb group by claim.key""");
    }

    /** Counts of sites per code, each with its share of all marketing sites, worked out in the same query. */
    private List<Count> counts(String select) {
        return jdbc.sql("with counted (code, sites) as (" + select + ")" + """
                                 select code, sites, sites * 100.0 / nullif(
                                     (select count(*) from watch_site where marketing), 0)
                                from counted order by 2 desc, 1""")
                .query((rs, row) -> new Count(rs.getString(1), rs.getLong(2), rs.getDouble(3)))
                .list();
    }

    public List<Prices> prices() {
        return jdbc.sql("""
                        select price ->> 'currency', count(*), min((price ->> 'amount')::numeric),
                               percentile_cont(0.5) within group (order by (price ->> 'amount')::numeric),
                               max((price ->> 'amount')::numeric)
                        from watch_site, jsonb_array_elements(profile -> 'prices') price
                        where marketing and price ->> 'currency' is not null group by 1 order by 2 desc, 1""")
                .query((rs, row) ->
                        new Prices(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)))
                .list();
    }

    public List<Site> sites() {
        return jdbc.sql("""
                        select s.host, s.provider_id, p.name, s.country, s.pages,
                               (select count(*) from jsonb_each(s.profile -> 'claims') c
                                where c.value = 'true'::jsonb and c.key not in ('price', 'disclaimer_unapproved')),
                               (select count(*) from jsonb_array_elements(s.assessment -> 'findings') f
                                where f ->> 'severity' = 'violation'),
                               s.last_read
                        from watch_site s left join provider p on p.id = s.provider_id
                        where s.marketing order by 7 desc nulls last, 6 desc, 1""")
                .query((rs, row) -> new Site(
                        rs.getString(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The list fields of the facts a dashboard counts, with their message-key prefix. */
    public enum Field {
        PRODUCT_TYPES("product_types", "vocabulary.product_type."),
        SOURCES("sources", "rulebook.source."),
        INDICATIONS("indications", "rulebook.indication."),
        ROUTES("routes", "vocabulary.route.");

        private final String json;
        private final String labels;

        Field(String json, String labels) {
            this.json = json;
            this.labels = labels;
        }

        public String labels() {
            return labels;
        }

        public String code() {
            return json;
        }
    }
}
