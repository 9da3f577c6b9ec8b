package org.exovigil.watch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link PageFacts} as the one-line JSON object of extract.md, fields in the order the spec shows them,
 * and back; a {@link ClinicProfile} in the same shape, with its site, its pages and the page of each
 * piece of evidence, so whatever reads one reads the other.
 */
public final class FactsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FactsJson() {}

    /** The line of extract.md, its fields exactly. */
    public static String line(PageFacts facts) {
        return JSON.writeValueAsString(fields(facts, false));
    }

    /**
     * The line as Exovigil stores it: extract.md's fields, each piece of evidence with its {@code context} too (the
     * whole words around its text, for a reader), which the contract does not hold.
     */
    public static String stored(PageFacts facts) {
        return JSON.writeValueAsString(fields(facts, true));
    }

    /** The facts of a line this class wrote (a stored page's facts). */
    public static PageFacts read(String line) {
        JsonNode json = JSON.readTree(line);
        var claims = EnumSet.noneOf(ClaimFlag.class);
        json.path("claims").properties().forEach(e -> {
            if (e.getValue().asBoolean(false)) {
                claims.add(ClaimFlag.of(e.getKey()));
            }
        });
        var prices = new ArrayList<Price>();
        json.path("prices")
                .forEach(p -> prices.add(new Price(
                        p.path("amount").decimalValue(),
                        p.path("currency").asString(),
                        p.path("text").asString())));
        var evidence = new ArrayList<Evidence>();
        json.path("evidence").forEach(e -> evidence.add(evidence(e)));
        return new PageFacts(
                json.path("source").asString(),
                text(json, "url"),
                json.path("is_marketing").asBoolean(),
                text(json, "language"),
                text(json, "country"),
                codes(json, "product_types"),
                codes(json, "sources"),
                text(json, "donor"),
                codes(json, "indications"),
                codes(json, "routes"),
                prices,
                claims,
                evidence);
    }

    /** A site's profile: the page fields, then the site and its pages; each evidence names its page. */
    public static String profile(ClinicProfile profile) {
        return profile(profile, false);
    }

    /** A site's profile as Exovigil stores it, each piece of evidence with its context. */
    public static String storedProfile(ClinicProfile profile) {
        return profile(profile, true);
    }

    private static String profile(ClinicProfile profile, boolean withContext) {
        var out = new LinkedHashMap<String, Object>();
        out.put("site", profile.site());
        out.put("is_marketing", profile.marketing());
        out.put("country", profile.country());
        out.put("product_types", profile.productTypes());
        out.put("sources", profile.sources());
        out.put("donor", profile.donor());
        out.put("indications", profile.indications());
        out.put("routes", profile.routes());
        out.put("prices", profile.prices().stream().map(FactsJson::price).toList());
        out.put("claims", claims(profile.claims()));
        out.put(
                "evidence",
                profile.evidence().stream()
                        .map(e -> {
                            var entry = new LinkedHashMap<String, Object>();
                            entry.put("page", e.page());
                            entry.putAll(evidence(e.evidence(), withContext));
                            return entry;
                        })
                        .toList());
        out.put("pages", profile.pages());
        return JSON.writeValueAsString(out);
    }

    static Map<String, Object> fields(PageFacts facts, boolean withContext) {
        var out = new LinkedHashMap<String, Object>();
        out.put("source", facts.source());
        out.put("url", facts.url());
        out.put("is_marketing", facts.marketing());
        out.put("language", facts.language());
        out.put("country", facts.country());
        out.put("product_types", facts.productTypes());
        out.put("sources", facts.sources());
        out.put("donor", facts.donor());
        out.put("indications", facts.indications());
        out.put("routes", facts.routes());
        out.put("prices", facts.prices().stream().map(FactsJson::price).toList());
        out.put("claims", claims(facts.claims()));
        out.put(
                "evidence",
                facts.evidence().stream().map(e -> evidence(e, withContext)).toList());
        return out;
    }

    private static Map<String, Boolean> claims(Set<ClaimFlag> flags) {
        var claims = new LinkedHashMap<String, Boolean>();
        for (ClaimFlag flag : ClaimFlag.values()) {
            claims.put(flag.code(), flags.contains(flag));
        }
        return claims;
    }

    private static Map<String, Object> price(Price price) {
        var out = new LinkedHashMap<String, Object>();
        out.put("amount", price.amount());
        out.put("currency", price.currency());
        out.put("text", price.text());
        return out;
    }

    private static Map<String, Object> evidence(Evidence evidence, boolean withContext) {
        var out = new LinkedHashMap<String, Object>();
        out.put("field", evidence.field());
        out.put("code", evidence.code());
        out.put("text", evidence.text());
        out.put("start", evidence.start());
        out.put("end", evidence.end());
        if (withContext) {
            out.put("context", evidence.context());
        }
        return out;
    }

    private static Evidence evidence(JsonNode e) {
        return new Evidence(
                e.path("field").asString(),
                e.path("code").asString(),
                e.path("text").asString(),
                e.path("start").asInt(),
                e.path("end").asInt(),
                e.path("context").asString(e.path("text").asString()));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static List<String> codes(JsonNode json, String field) {
        var codes = new ArrayList<String>();
        json.path(field).forEach(code -> codes.add(code.asString()));
        return codes;
    }
}
