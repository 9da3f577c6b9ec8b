package org.exovigil.app.watch;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.rulebook.RulebookException;
import org.exovigil.watch.ClinicProfile;
import org.exovigil.watch.FactsJson;
import org.exovigil.watch.PageFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each clinic website as one business: its {@link ClinicProfile} from the latest version of all its
 * pages, and the rulebook's assessment of the offering the whole site describes, judged by the law of
 * the country the site is in. Rebuilt whenever a page of the site is read, in the same transaction, so
 * the dashboard, "Check a clinic" and the survey never see a page without its site.
 */
@Service
public class ClinicSites {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
                        order by url, fetched_at desc""").param(host).query(rs -> {
            pages.add(FactsJson.read(rs.getString(1)));
            read.add(rs.getObject(2, OffsetDateTime.class));
        });
        if (pages.isEmpty()) {
            return;
        }
        OffsetDateTime lastRead = read.stream().max(OffsetDateTime::compareTo).orElseThrow();
        ClinicProfile profile = ClinicProfile.of(host, pages);
        Judgement judgement = profile.marketing() && profile.country() != null
                ? judge(
                        SiteOffering.of(
                                profile,
                                lastRead.atZoneSameInstant(ZoneOffset.UTC).toLocalDate()),
                        host)
                : Judgement.NONE;
        jdbc.sql("""
                        insert into watch_site (host, provider_id, marketing, country, profile, assessment,
                            claim_findings, pages, last_read)
                        values (?, (select id from provider where merged_into is null
                                    and lower(regexp_replace(website, '^[a-z]+://(www\\.)?([^/:?#]+).*$', '\\2', 'i')) = ?
                                    order by id limit 1),
                                ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)
                        on conflict (host) do update set provider_id = excluded.provider_id, marketing = excluded.marketing,
                            country = excluded.country, profile = excluded.profile, assessment = excluded.assessment,
                            claim_findings = excluded.claim_findings, pages = excluded.pages,
                            last_read = excluded.last_read, updated_at = now()""")
                .params(
                        host,
                        host,
                        profile.marketing(),
                        profile.country(),
                        FactsJson.storedProfile(profile),
                        judgement.assessment(),
                        judgement.claimFindings(),
                        pages.size(),
                        lastRead)
                .update();
    }

    /** Sites whose pages were read before sites were kept (a database from an earlier release). */
    @Transactional
    public int refreshMissing() {
        List<String> hosts = jdbc.sql("""
                        select distinct host from watch_page p
                        where not exists (select 1 from watch_site s where s.host = p.host)""").query(String.class).list();
        hosts.forEach(this::refresh);
        return hosts.size();
    }

    /** The assessment JSON of classify.md, and per claim the codes of the findings that claim causes. */
    private record Judgement(String assessment, String claimFindings) {
        static final Judgement NONE = new Judgement(null, null);
    }

    /**
     * Which law a claim breaks is found by asking the rulebook again without that claim: the findings
     * that go are the claim's. A rule about the product or the route stays whatever the site claims.
     */
    private Judgement judge(ObjectNode offering, String host) {
        String assessment = classify(offering, host);
        if (assessment == null) {
            return Judgement.NONE;
        }
        Set<String> all = findingCodes(assessment);
        ObjectNode byClaim = JSON.createObjectNode();
        for (JsonNode claim : offering.path("claims")) {
            ObjectNode without = offering.deepCopy();
            ArrayNode claims = without.putArray("claims");
            offering.path("claims").forEach(other -> {
                if (!other.equals(claim)) {
                    claims.add(other);
                }
            });
            Set<String> remaining = findingCodes(classify(without, host));
            ArrayNode caused = byClaim.putArray(claim.asString());
            all.stream().filter(code -> !remaining.contains(code)).forEach(caused::add);
        }
        return new Judgement(assessment, byClaim.toString());
    }

    private String classify(ObjectNode offering, String host) {
        try {
            return rulebook.classifyJson(offering.toString(), host, null, null);
        } catch (RulebookException unreadable) {
            return null;
        }
    }

    private static Set<String> findingCodes(String assessment) {
        var codes = new LinkedHashSet<String>();
        if (assessment != null) {
            JSON.readTree(assessment)
                    .path("findings")
                    .forEach(f -> codes.add(f.path("code").asString()));
        }
        return codes;
    }
}
