package org.exovigil.watch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where one page's output differs from its label, as codes only (never page text, which belongs to
 * its publisher): {@code +code} output but not labelled, {@code -code} labelled but missed.
 */
final class PageDifference {

    private PageDifference() {}

    static String of(CorpusScore.Scored s) {
        var expected = s.page().expected();
        var facts = s.facts();
        var parts = new ArrayList<String>();
        if (expected.marketing() != facts.marketing()) {
            parts.add("is_marketing " + facts.marketing());
        }
        if (expected.marketing()) {
            compare(parts, "country", expected.country(), facts.country());
            compare(parts, "donor", expected.donor(), facts.donor());
            diff(parts, "product", expected.productTypes(), facts.productTypes());
            diff(
                    parts,
                    "source",
                    expected.sources(),
                    facts.sources().stream()
                            .map(c -> c.equals("cord_blood") ? "umbilical_cord" : c)
                            .toList());
            diff(
                    parts,
                    "indication",
                    expected.indications(),
                    facts.indications().stream()
                            .map(c -> Set.of("cancer", "cardiovascular", "respiratory", "wound")
                                            .contains(c)
                                    ? "other"
                                    : c)
                            .distinct()
                            .toList());
            diff(
                    parts,
                    "route",
                    expected.routes(),
                    facts.routes().stream().map(PageDifference::foldRoute).toList());
            var claims = new HashSet<String>();
            facts.claims().forEach(c -> claims.add(c.code()));
            diff(parts, "claim", expected.claims(), List.copyOf(claims));
        }
        return parts.isEmpty()
                ? ""
                : s.page().id() + " " + s.page().language() + ": " + String.join("; ", parts) + "\n";
    }

    private static String foldRoute(String route) {
        return route.equals("topical") || route.equals("microneedling")
                ? "topical_microneedling"
                : route.equals("intramuscular") ? "other" : route;
    }

    private static void compare(List<String> parts, String field, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            parts.add(field + " " + actual + " (label " + expected + ")");
        }
    }

    private static void diff(List<String> parts, String field, Set<String> expected, List<String> actual) {
        var extra = actual.stream()
                .distinct()
                .filter(c -> !expected.contains(c))
                .map(c -> "+" + c)
                .toList();
        var missed = expected.stream()
                .filter(c -> !actual.contains(c))
                .map(c -> "-" + c)
                .toList();
        if (!extra.isEmpty() || !missed.isEmpty()) {
            var all = new ArrayList<>(extra);
            all.addAll(missed);
            parts.add(field + " " + String.join(" ", all));
        }
    }

    /** Output codes with no evidence span naming them (extract.md: every code has at least one). */
    static List<String> unsupportedCodes(PageFacts facts) {
        var missing = new ArrayList<String>();
        check(missing, facts, "product_types", facts.productTypes());
        check(missing, facts, "sources", facts.sources());
        check(missing, facts, "indications", facts.indications());
        check(missing, facts, "routes", facts.routes());
        if (facts.donor() != null) {
            check(missing, facts, "donor", List.of(facts.donor()));
        }
        facts.claims().stream()
                .filter(c -> c != ClaimFlag.PRICE)
                .forEach(c -> check(missing, facts, "claims", List.of(c.code())));
        return missing;
    }

    private static void check(List<String> missing, PageFacts facts, String field, List<String> codes) {
        for (String code : codes) {
            if (facts.evidence().stream()
                    .noneMatch(e -> e.field().equals(field) && e.code().equals(code))) {
                missing.add(field + ":" + code);
            }
        }
    }
}
