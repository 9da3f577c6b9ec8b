package org.exovigil.watch;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** {@link PageFacts} as the one-line JSON object of extract.md, fields in the order the spec shows them. */
public final class FactsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FactsJson() {
    }

    public static String line(PageFacts facts) {
        return JSON.writeValueAsString(fields(facts));
    }

    static Map<String, Object> fields(PageFacts facts) {
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
        var claims = new LinkedHashMap<String, Boolean>();
        for (ClaimFlag flag : ClaimFlag.values()) {
            claims.put(flag.code(), facts.claims(flag));
        }
        out.put("claims", claims);
        out.put("evidence", facts.evidence().stream().map(FactsJson::evidence).toList());
        return out;
    }

    private static Map<String, Object> price(Price price) {
        var out = new LinkedHashMap<String, Object>();
        out.put("amount", price.amount());
        out.put("currency", price.currency());
        out.put("text", price.text());
        return out;
    }

    private static Map<String, Object> evidence(Evidence evidence) {
        var out = new LinkedHashMap<String, Object>();
        out.put("field", evidence.field());
        out.put("code", evidence.code());
        out.put("text", evidence.text());
        out.put("start", evidence.start());
        out.put("end", evidence.end());
        return out;
    }
}
