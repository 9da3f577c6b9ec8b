package org.exovigil.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled real pages of {@code shared/data/watch-dev} (found by walking up from the working
 * directory), each with its coder's label converted to the scoring vocabulary of its {@code score.py}.
 * The pages belong to their publishers: they are read from there, never copied into the repository.
 */
final class WatchDevCorpus {

    /** One page and what a careful human coder found in it. */
    record Labelled(String id, Path file, String text, String language, Expected expected) {}

    /** A label in the scorer's terms: claim keys renamed to the program's, cord blood folded into the cord. */
    record Expected(
            boolean marketing,
            String language,
            String country,
            String donor,
            Set<String> productTypes,
            Set<String> sources,
            Set<String> indications,
            Set<String> routes,
            Set<String> claims) {}

    /** (corpus claim key, program claim key), as score.py pairs them. */
    static final Map<String, String> CLAIM_KEYS = Map.of(
            "approval_claim", "approval_claim",
            "361_or_minimally_manipulated", "hctp_361_or_minimally_manipulated",
            "safety_claim", "safety_claim",
            "efficacy_cure_claim", "efficacy_claim",
            "testimonials", "testimonials",
            "covid", "covid",
            "disclaimer_unapproved", "disclaimer_unapproved");

    private WatchDevCorpus() {}

    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/watch-dev");
            if (Files.isRegularFile(candidate.resolve("labels.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "shared/data/watch-dev not found above " + Path.of("").toAbsolutePath());
    }

    static List<Labelled> pages() {
        Path folder = folder();
        try {
            JsonNode labels = JsonMapper.builder().build().readTree(Files.readString(folder.resolve("labels.json")));
            var pages = new ArrayList<Labelled>();
            for (JsonNode label : labels) {
                String id = label.get("id").asString();
                Path file = folder.resolve("pages").resolve(id + ".txt");
                pages.add(new Labelled(
                        id, file, Files.readString(file), label.get("language").asString(), expected(label)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Expected expected(JsonNode label) {
        Boolean allogeneic = label.get("allogeneic").isNull()
                ? null
                : label.get("allogeneic").asBoolean();
        var claims = new java.util.HashSet<String>();
        CLAIM_KEYS.forEach((corpusKey, programKey) -> {
            if (label.get("claims").get(corpusKey).asBoolean()) {
                claims.add(programKey);
            }
        });
        if (label.get("price_mentioned").asBoolean()) {
            claims.add("price");
        }
        return new Expected(
                label.get("is_marketing").asBoolean(),
                label.get("language").asString(),
                label.get("country").isNull() ? null : label.get("country").asString(),
                allogeneic == null ? null : allogeneic ? "allogeneic" : "autologous",
                codes(label, "product_types"),
                fold(codes(label, "sources")),
                codes(label, "indications"),
                codes(label, "routes"),
                Set.copyOf(claims));
    }

    private static Set<String> codes(JsonNode label, String field) {
        var codes = new java.util.LinkedHashSet<String>();
        label.get(field).forEach(code -> codes.add(code.asString()));
        return codes;
    }

    private static Set<String> fold(Set<String> sources) {
        var folded = new java.util.LinkedHashSet<String>();
        sources.forEach(s -> folded.add(s.equals("cord_blood") ? "umbilical_cord" : s));
        return folded;
    }
}
