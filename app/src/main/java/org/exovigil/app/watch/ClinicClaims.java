package org.exovigil.app.watch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a clinic's own marketing pages claim, as the public sees it: for the latest version of each
 * page, the claims with the words that make them, the rulebook's findings (what is false or unlawful,
 * and why, with the law), and the red flags of the scientific societies the pages show.
 */
@Service
public class ClinicClaims {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Claims a patient should read; the price is a fact and a disclaimer is not a claim made to them. */
    private static final Set<String> SHOWN = Set.of(
            "approval_claim",
            "hctp_361_or_minimally_manipulated",
            "safety_claim",
            "efficacy_claim",
            "testimonials",
            "covid");

    private final JdbcClient jdbc;
    private final List<RedFlag> redFlags = RedFlags.bundled();

    ClinicClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The claims of one page, with what the rulebook found in them. */
    public record ClinicPage(
            String url,
            Instant fetchedAt,
            List<Claim> claims,
            List<Finding> findings,
            String verdict,
            String classification,
            boolean disclaimsApproval) {}

    /** A claim and the words of the page that make it. */
    public record Claim(String code, List<String> quotes) {}

    /**
     * A finding of the rulebook on the offering the page describes, with its first legal source; {@code messageJa}
     * is the message in Japanese (null for assessments stored before the rulebook wrote {@code message_ja}).
     */
    public record Finding(String code, String severity, String message, String messageJa, String source, String url) {}

    /** Everything the public page shows of one clinic. */
    public record View(List<ClinicPage> pages, List<RedFlag> redFlags) {}

    public View of(long providerId) {
        List<ClinicPage> pages = new ArrayList<>();
        Set<RedFlag> flags = new LinkedHashSet<>();
        jdbc.sql(
                        """
                        select distinct on (url) url, fetched_at, facts::text, assessment::text
                        from watch_page where provider_id = ? and marketing
                        order by url, fetched_at desc""")
                .param(providerId)
                .query(rs -> {
                    JsonNode facts = JSON.readTree(rs.getString(3));
                    JsonNode assessment = rs.getString(4) == null ? null : JSON.readTree(rs.getString(4));
                    pages.add(page(
                            rs.getString(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant(),
                            facts,
                            assessment));
                    redFlags.stream().filter(flag -> flag.shownBy(facts)).forEach(flags::add);
                });
        return new View(pages, List.copyOf(flags));
    }

    private static ClinicPage page(String url, Instant fetchedAt, JsonNode facts, JsonNode assessment) {
        List<Claim> claims = new ArrayList<>();
        facts.path("claims").properties().forEach(entry -> {
            if (entry.getValue().asBoolean(false) && SHOWN.contains(entry.getKey())) {
                claims.add(new Claim(entry.getKey(), quotes(facts, entry.getKey())));
            }
        });
        List<Finding> findings = new ArrayList<>();
        if (assessment != null) {
            for (JsonNode finding : assessment.path("findings")) {
                JsonNode citation = finding.path("citations").path(0);
                findings.add(new Finding(
                        finding.path("code").asString(),
                        finding.path("severity").asString(),
                        finding.path("message").asString(),
                        finding.path("message_ja").asString(null),
                        citation.path("source").asString(null),
                        citation.path("url").asString(null)));
            }
        }
        return new ClinicPage(
                url,
                fetchedAt,
                claims,
                findings,
                assessment == null ? null : assessment.path("verdict").asString(null),
                assessment == null
                        ? null
                        : assessment.path("classification").path("label").asString(null),
                facts.path("claims").path("disclaimer_unapproved").asBoolean(false));
    }

    private static List<String> quotes(JsonNode facts, String claim) {
        List<String> quotes = new ArrayList<>();
        for (JsonNode evidence : facts.path("evidence")) {
            if (evidence.path("field").asString("").equals("claims")
                    && evidence.path("code").asString("").equals(claim)
                    && !quotes.contains(evidence.path("text").asString(""))) {
                quotes.add(evidence.path("text").asString(""));
            }
        }
        return quotes;
    }
}
