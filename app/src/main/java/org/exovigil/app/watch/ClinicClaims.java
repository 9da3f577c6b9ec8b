package org.exovigil.app.watch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a clinic's own website claims, as the public sees it: across the latest version of all its pages,
 * the claims with the words and pages that make them, the rulebook's findings on the offering the site
 * describes (what is false or unlawful, and why, with the law, in the reader's language), and the red
 * flags of the scientific societies the site shows.
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

    /**
     * Findings the rulebook's engine writes about itself name rule ids and fact codes in English; a
     * patient reads a plain sentence instead (messages {@code clinic.law.<code>}).
     */
    private static final Set<String> ABOUT_THE_LAW = Set.of("LAW_UNSETTLED", "CLASSIFICATION_UNDETERMINED");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final List<RedFlag> redFlags = RedFlags.bundled();

    ClinicClaims(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /**
     * What one website of the clinic claims across its pages, and what the rulebook found in it: the
     * findings a claim causes stand with the claim, the others (about the product or the way it is
     * given) in {@code findings}.
     */
    public record ClinicSite(
            String host,
            Instant lastRead,
            int pages,
            List<Claim> claims,
            List<Finding> findings,
            String verdict,
            String classification,
            boolean disclaimsApproval) {

        /** Whether any of its claims breaks the law: said as loudly as the verdict on what it offers. */
        public boolean claimsUnlawful() {
            return claims.stream().anyMatch(Claim::unlawful);
        }
    }

    /** A claim, the words of the pages that make it, and what the law of the site's country says of it. */
    public record Claim(String code, List<Quote> quotes, List<Finding> law) {

        public boolean unlawful() {
            return law.stream().anyMatch(f -> f.severity().equals("violation"));
        }
    }

    /**
     * Words of a page, and the page: the whole words around the matched text (the watch core's context), or
     * the matched text alone for a page read before contexts were kept.
     */
    public record Quote(String text, String page) {}

    /** A finding of the rulebook on the offering the site describes, in the reader's language, with its first legal source. */
    public record Finding(String code, String severity, String message, String source, String url) {}

    /** Everything the public page shows of one clinic. */
    public record View(List<ClinicSite> sites, List<RedFlag> redFlags) {}

    public View of(long providerId, Locale locale) {
        List<ClinicSite> sites = new ArrayList<>();
        Set<RedFlag> flags = new LinkedHashSet<>();
        jdbc.sql("""
                        select host, last_read, pages, profile::text, assessment::text, claim_findings::text
                        from watch_site where provider_id = ? and marketing order by host""").param(providerId).query(rs -> {
            JsonNode profile = JSON.readTree(rs.getString(4));
            JsonNode assessment = rs.getString(5) == null ? null : JSON.readTree(rs.getString(5));
            JsonNode claimFindings = rs.getString(6) == null ? null : JSON.readTree(rs.getString(6));
            sites.add(site(
                    rs.getString(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getInt(3),
                    profile,
                    assessment,
                    claimFindings,
                    locale));
            redFlags.stream().filter(flag -> flag.shownBy(profile)).forEach(flags::add);
        });
        return new View(sites, List.copyOf(flags));
    }

    private ClinicSite site(
            String host,
            Instant lastRead,
            int pages,
            JsonNode profile,
            JsonNode assessment,
            JsonNode claimFindings,
            Locale locale) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        if (assessment != null) {
            for (JsonNode finding : assessment.path("findings")) {
                JsonNode citation = finding.path("citations").path(0);
                String code = finding.path("code").asString();
                findings.putIfAbsent(
                        code,
                        new Finding(
                                code,
                                finding.path("severity").asString(),
                                ABOUT_THE_LAW.contains(code)
                                        ? messages.getMessage("clinic.law." + code, null, locale)
                                        : inLanguage(finding, "message", locale),
                                citation.path("source").asString(null),
                                citation.path("url").asString(null)));
            }
        }
        Map<String, Finding> unclaimed = new LinkedHashMap<>(findings);
        List<Claim> claims = new ArrayList<>();
        profile.path("claims").properties().forEach(entry -> {
            if (entry.getValue().asBoolean(false) && SHOWN.contains(entry.getKey())) {
                List<Finding> law = new ArrayList<>();
                claimFindings(claimFindings, entry.getKey()).forEach(code -> {
                    if (findings.containsKey(code)) {
                        law.add(findings.get(code));
                        unclaimed.remove(code);
                    }
                });
                claims.add(new Claim(entry.getKey(), quotes(profile, entry.getKey()), law));
            }
        });
        return new ClinicSite(
                host,
                lastRead,
                pages,
                claims,
                List.copyOf(unclaimed.values()),
                assessment == null ? null : assessment.path("verdict").asString(null),
                assessment == null ? null : onlyIn(assessment.path("classification"), "label", locale),
                profile.path("claims").path("disclaimer_unapproved").asBoolean(false));
    }

    private static List<String> claimFindings(JsonNode claimFindings, String claim) {
        List<String> codes = new ArrayList<>();
        if (claimFindings != null) {
            claimFindings.path(claim).forEach(code -> codes.add(code.asString()));
        }
        return codes;
    }

    /** The rulebook's text in the reader's language ({@code message_ja}), else in English. */
    private static String inLanguage(JsonNode node, String field, Locale locale) {
        String translated = node.path(field + "_" + locale.getLanguage()).asString(null);
        return translated != null ? translated : node.path(field).asString(null);
    }

    /** The text in the reader's language, or nothing: a legal label half in English helps no one. */
    private static String onlyIn(JsonNode node, String field, Locale locale) {
        return locale.getLanguage().equals("en")
                ? node.path(field).asString(null)
                : node.path(field + "_" + locale.getLanguage()).asString(null);
    }

    private static List<Quote> quotes(JsonNode profile, String claim) {
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode evidence : profile.path("evidence")) {
            if (evidence.path("field").asString("").equals("claims")
                    && evidence.path("code").asString("").equals(claim)) {
                var quote = new Quote(
                        evidence.path("context").asString(evidence.path("text").asString("")),
                        evidence.path("page").asString(null));
                if (!quotes.contains(quote)) {
                    quotes.add(quote);
                }
            }
        }
        return quotes;
    }
}
