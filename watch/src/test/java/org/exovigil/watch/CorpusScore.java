package org.exovigil.watch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The figures of {@code shared/data/watch-dev/score.py}, computed the same way over any subset of the
 * corpus (a language, say): accuracy of {@code is_marketing} on all pages; on the marketing pages,
 * accuracy of language, country and donor, micro F1 of the four code lists and F1 of each claim and of
 * price. {@code overall} is the mean of those 16 items. F1 is 1 when neither side has a positive.
 */
record CorpusScore(int pages, int marketingPages, Map<String, Double> items) {

    static final List<String> SET_FIELDS = List.of("product_types", "sources", "indications", "routes");
    static final List<String> BINARY_FIELDS = List.of(
            "approval_claim",
            "hctp_361_or_minimally_manipulated",
            "safety_claim",
            "efficacy_claim",
            "testimonials",
            "covid",
            "disclaimer_unapproved",
            "price");

    /** Program code to scoring class where the corpus codes coarser (score.py's PROGRAM_FOLD). */
    private static final Map<String, String> FOLD = Map.of(
            "cord_blood",
            "umbilical_cord",
            "topical",
            "topical_microneedling",
            "microneedling",
            "topical_microneedling",
            "intramuscular",
            "other",
            "cancer",
            "other",
            "cardiovascular",
            "other",
            "respiratory",
            "other",
            "wound",
            "other");

    record Scored(WatchDevCorpus.Labelled page, PageFacts facts) {}

    static CorpusScore of(List<Scored> scored) {
        var marketing =
                scored.stream().filter(s -> s.page().expected().marketing()).toList();
        var items = new LinkedHashMap<String, Double>();
        items.put(
                "is_marketing",
                accuracy(
                        scored,
                        s -> s.facts().marketing() == s.page().expected().marketing()));
        items.put(
                "language",
                accuracy(marketing, s -> s.page().expected().language().equals(language(s.facts()))));
        items.put(
                "country",
                accuracy(
                        marketing,
                        s -> java.util.Objects.equals(
                                s.page().expected().country(), s.facts().country())));
        items.put(
                "donor",
                accuracy(
                        marketing,
                        s -> java.util.Objects.equals(
                                s.page().expected().donor(), s.facts().donor())));
        for (String field : SET_FIELDS) {
            items.put(
                    field,
                    f1(marketing, s -> expectedSet(s.page().expected(), field), s -> predictedSet(s.facts(), field)));
        }
        for (String claim : BINARY_FIELDS) {
            items.put(
                    claim,
                    f1(
                            marketing,
                            s -> s.page().expected().claims().contains(claim) ? Set.of(claim) : Set.of(),
                            s -> predictedClaims(s.facts()).contains(claim) ? Set.of(claim) : Set.of()));
        }
        return new CorpusScore(scored.size(), marketing.size(), items);
    }

    double overall() {
        return items.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
    }

    double item(String name) {
        return items.get(name);
    }

    private static double accuracy(List<Scored> scored, java.util.function.Predicate<Scored> right) {
        return scored.isEmpty() ? 0 : (double) scored.stream().filter(right).count() / scored.size();
    }

    private static double f1(
            List<Scored> scored, Function<Scored, Set<String>> gold, Function<Scored, Set<String>> predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Scored s : scored) {
            Set<String> g = gold.apply(s);
            Set<String> p = predicted.apply(s);
            for (String code : p) {
                if (g.contains(code)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += (int) g.stream().filter(code -> !p.contains(code)).count();
        }
        return tp + fp + fn == 0 ? 1.0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    private static String language(PageFacts facts) {
        return facts.language() == null
                ? null
                : facts.language().split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<String> expectedSet(WatchDevCorpus.Expected expected, String field) {
        return switch (field) {
            case "product_types" -> expected.productTypes();
            case "sources" -> expected.sources();
            case "indications" -> expected.indications();
            default -> expected.routes();
        };
    }

    private static Set<String> predictedSet(PageFacts facts, String field) {
        List<String> codes = switch (field) {
            case "product_types" -> facts.productTypes();
            case "sources" -> facts.sources();
            case "indications" -> facts.indications();
            default -> facts.routes();
        };
        var folded = new HashSet<String>();
        codes.forEach(c -> folded.add(FOLD.getOrDefault(c, c)));
        return folded;
    }

    private static Set<String> predictedClaims(PageFacts facts) {
        var claims = new HashSet<String>();
        facts.claims().forEach(flag -> claims.add(flag.code()));
        if (!facts.prices().isEmpty()) {
            claims.add("price");
        }
        return claims;
    }

    /** One line per subset: pages, marketing pages, overall and every item. */
    static String table(Map<String, CorpusScore> scores) {
        var out = new StringBuilder();
        var header = new ArrayList<String>(List.of("subset", "pages", "mkt", "overall"));
        header.addAll(scores.values().iterator().next().items().keySet());
        out.append(String.join(
                        " | ", header.stream().map(CorpusScore::shortName).toList()))
                .append('\n');
        scores.forEach((name, score) -> {
            var row = new ArrayList<String>(List.of(
                    name,
                    String.valueOf(score.pages()),
                    String.valueOf(score.marketingPages()),
                    "%.2f".formatted(score.overall())));
            score.items().values().forEach(v -> row.add("%.2f".formatted(v)));
            out.append(String.join(" | ", row)).append('\n');
        });
        return out.toString();
    }

    private static String shortName(String item) {
        return switch (item) {
            case "is_marketing" -> "mkt acc";
            case "product_types" -> "product";
            case "indications" -> "indication";
            case "approval_claim" -> "approval";
            case "hctp_361_or_minimally_manipulated" -> "361";
            case "safety_claim" -> "safety";
            case "efficacy_claim" -> "efficacy";
            case "testimonials" -> "testim.";
            case "disclaimer_unapproved" -> "disclaimer";
            default -> item;
        };
    }
}
