package org.exovigil.app.watch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.rulebook.RulebookException;
import org.exovigil.watch.ClinicProfile;
import org.exovigil.watch.FactsJson;
import org.exovigil.watch.PageFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each clinic website as one business: its {@link ClinicProfile} from the latest version of all its
 * pages, and the rulebook's assessment of the offering the whole site describes, judged by the law of
 * the country the site is in. Rebuilt whenever a page of the site is read, in the same transaction, so
 * the dashboard, "Check a clinic" and the survey never see a page without its site.
 */
@Service
public class ClinicSites {

    private final JdbcClient jdbc;
    private final Rulebook rulebook;

    ClinicSites(JdbcClient jdbc, Rulebook rulebook) {
        this.jdbc = jdbc;
        this.rulebook = rulebook;
    }

    @Transactional
    public void refresh(String host) {
        List<PageFacts> pages = new ArrayList<>();
        List<OffsetDateTime> read = new ArrayList<>();
        jdbc.sql("""
                        select distinct on (url) facts::text, fetched_at from watch_page where host = ?
                        order by url, fetched_at desc""")
                .param(host)
                .query(rs -> {
                    pages.add(FactsJson.read(rs.getString(1)));
                    read.add(rs.getObject(2, OffsetDateTime.class));
                });
        if (pages.isEmpty()) {
            return;
        }
        OffsetDateTime lastRead = read.stream().max(OffsetDateTime::compareTo).orElseThrow();
        ClinicProfile profile = ClinicProfile.of(host, pages);
        String assessment = profile.marketing() && profile.country() != null
                ? judge(profile, lastRead.atZoneSameInstant(ZoneOffset.UTC).toLocalDate())
                : null;
        jdbc.sql("""
                        insert into watch_site (host, provider_id, marketing, country, profile, assessment, pages, last_read)
                        values (?, (select id from provider where merged_into is null
                                    and lower(regexp_replace(website, '^[a-z]+://(www\\.)?([^/:?#]+).*$', '\\2', 'i')) = ?
                                    order by id limit 1),
                                ?, ?, ?::jsonb, ?::jsonb, ?, ?)
                        on conflict (host) do update set provider_id = excluded.provider_id, marketing = excluded.marketing,
                            country = excluded.country, profile = excluded.profile, assessment = excluded.assessment,
                            pages = excluded.pages, last_read = excluded.last_read, updated_at = now()""")
                .params(host, host, profile.marketing(), profile.country(), FactsJson.profile(profile), assessment,
                        pages.size(), lastRead)
                .update();
    }

    /** Sites whose pages were read before sites were kept (a database from an earlier release). */
    @Transactional
    public int refreshMissing() {
        List<String> hosts = jdbc.sql("""
                        select distinct host from watch_page p
                        where not exists (select 1 from watch_site s where s.host = p.host)""")
                .query(String.class)
                .list();
        hosts.forEach(this::refresh);
        return hosts.size();
    }

    private String judge(ClinicProfile profile, LocalDate on) {
        try {
            return rulebook.classifyJson(SiteOffering.of(profile, on).toString(), profile.site(), null, null);
        } catch (RulebookException unreadable) {
            return null;
        }
    }
}
