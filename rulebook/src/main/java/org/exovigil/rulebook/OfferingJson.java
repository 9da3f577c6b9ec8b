package org.exovigil.rulebook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads offerings from JSON (spec/classify.md). Types are checked strictly and every error names the
 * input, the JSON path or line, and what was expected; codes outside the vocabulary are kept as given
 * (they then match no rule, which can only make the verdict less certain, never more permissive).
 * Comments and trailing commas are tolerated because people write offerings by hand. Besides the fields
 * of spec/classify.md it reads the rulebook's documented extensions (vocabulary.yaml, {@code facts}):
 * {@code product.minimally_manipulated}, {@code homologous_use}, {@code systemic_effect},
 * {@code depends_on_metabolic_activity}, {@code donor_relative}, and {@code use.same_surgical_procedure},
 * {@code reproductive}; all optional, so every offering written to the specification still reads the same.
 */
final class OfferingJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    record Input(List<Offering> offerings, boolean array) {}

    private final String source;

    private OfferingJson(String source) {
        this.source = source;
    }

    static Input read(String json, String source) {
        return new OfferingJson(source).read(json);
    }

    private Input read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamReadException e) {
            var at = e.getLocation();
            throw new RulebookException(
                    "EXO-2101",
                    source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": not valid JSON: "
                            + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new RulebookException("EXO-2101", source + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode())
            throw new RulebookException("EXO-2101", source + ": empty input; expected a JSON object or array");
        if (root.isArray()) {
            var list = new ArrayList<Offering>();
            for (int i = 0; i < root.size(); i++) list.add(offering(root.get(i), "$[" + i + "]"));
            return new Input(List.copyOf(list), true);
        }
        return new Input(List.of(offering(root, "$")), false);
    }

    private Offering offering(JsonNode n, String path) {
        object(n, path);
        var product = n.get("product");
        var use = n.get("use");
        return new Offering(
                string(n.get("jurisdiction"), path + ".jurisdiction"),
                date(n.get("date"), path + ".date"),
                product == null || product.isNull() ? null : product(product, path + ".product"),
                use == null || use.isNull() ? null : use(use, path + ".use"),
                claims(n.get("claims"), path + ".claims"),
                authorizations(n.get("authorizations"), path + ".authorizations"),
                string(n.get("marketing_text"), path + ".marketing_text"));
    }

    private Offering.Product product(JsonNode n, String path) {
        object(n, path);
        return new Offering.Product(
                string(n.get("name"), path + ".name"),
                string(n.get("type"), path + ".type"),
                string(n.get("origin"), path + ".origin"),
                string(n.get("source"), path + ".source"),
                string(n.get("donor"), path + ".donor"),
                bool(n.get("contains_cells"), path + ".contains_cells"),
                bool(n.get("genetically_modified"), path + ".genetically_modified"),
                string(n.get("positioned_as"), path + ".positioned_as"),
                bool(n.get("gmp"), path + ".gmp"),
                bool(n.get("minimally_manipulated"), path + ".minimally_manipulated"),
                bool(n.get("homologous_use"), path + ".homologous_use"),
                bool(n.get("systemic_effect"), path + ".systemic_effect"),
                bool(n.get("depends_on_metabolic_activity"), path + ".depends_on_metabolic_activity"),
                bool(n.get("donor_relative"), path + ".donor_relative"));
    }

    private Offering.Use use(JsonNode n, String path) {
        object(n, path);
        return new Offering.Use(
                string(n.get("setting"), path + ".setting"),
                bool(n.get("patient_pays"), path + ".patient_pays"),
                strings(n.get("routes"), path + ".routes"),
                strings(n.get("indications"), path + ".indications"),
                string(n.get("administered_by"), path + ".administered_by"),
                bool(n.get("same_surgical_procedure"), path + ".same_surgical_procedure"),
                bool(n.get("reproductive"), path + ".reproductive"));
    }

    /** A list of claim codes, or the extractor's map of code to true/false (spec/extract.md), whose true entries count. */
    private List<String> claims(JsonNode n, String path) {
        if (n == null || !n.isObject()) return strings(n, path);
        var list = new ArrayList<String>();
        for (var entry : n.properties()) {
            var flag = bool(entry.getValue(), path + "." + entry.getKey());
            if (Boolean.TRUE.equals(flag)) list.add(entry.getKey());
        }
        return List.copyOf(list);
    }

    private List<Offering.Authorization> authorizations(JsonNode n, String path) {
        if (n == null || n.isNull()) return null;
        if (!n.isArray()) throw wrong(path, "a list of {\"type\", \"id\", \"status\"}", n);
        var list = new ArrayList<Offering.Authorization>();
        for (int i = 0; i < n.size(); i++) {
            var a = n.get(i);
            var at = path + "[" + i + "]";
            object(a, at);
            var type = string(a.get("type"), at + ".type");
            if (type == null) throw wrong(at + ".type", "an authorization type such as IND or MA", a.get("type"));
            var status = string(a.get("status"), at + ".status");
            if (status != null && !List.of("active", "pending", "none").contains(status)) {
                throw wrong(at + ".status", "active, pending or none", a.get("status"));
            }
            // An authorisation listed without a status is one the offering says it holds.
            list.add(new Offering.Authorization(
                    type, string(a.get("id"), at + ".id"), status == null ? "active" : status));
        }
        return list;
    }

    private void object(JsonNode n, String path) {
        if (n == null || !n.isObject()) throw wrong(path, "a JSON object", n);
    }

    private String string(JsonNode n, String path) {
        if (n == null || n.isNull()) return null;
        if (!n.isString()) throw wrong(path, "a string", n);
        return n.stringValue().trim();
    }

    private Boolean bool(JsonNode n, String path) {
        if (n == null || n.isNull()) return null;
        if (!n.isBoolean()) throw wrong(path, "true, false or null", n);
        return n.booleanValue();
    }

    private List<String> strings(JsonNode n, String path) {
        if (n == null || n.isNull()) return null;
        if (n.isString()) return List.of(n.stringValue().trim());
        if (!n.isArray()) throw wrong(path, "a list of codes", n);
        var list = new ArrayList<String>();
        for (int i = 0; i < n.size(); i++) {
            var item = n.get(i);
            if (!item.isString()) throw wrong(path + "[" + i + "]", "a code (string)", item);
            list.add(item.stringValue().trim());
        }
        return List.copyOf(list);
    }

    private LocalDate date(JsonNode n, String path) {
        var text = string(n, path);
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw wrong(path, "a date (YYYY-MM-DD)", n);
        }
    }

    private RulebookException wrong(String path, String expected, JsonNode got) {
        var shown = got == null ? "nothing" : got.toString();
        if (shown.length() > 60) shown = shown.substring(0, 57) + "...";
        return new RulebookException("EXO-2102", source + ": " + path + ": expected " + expected + ", got " + shown);
    }
}
