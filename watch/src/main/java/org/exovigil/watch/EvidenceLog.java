package org.exovigil.watch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;

/**
 * The codes found for each output field, in order of first mention, each with the spans that show it.
 * A reviewer needs a few spans per code, not every repetition, so each code keeps its first three.
 */
final class EvidenceLog {

    private static final int SPANS_PER_CODE = 3;

    private final PageText page;
    private final NormalizedText folded;
    private final Map<String, SequencedSet<String>> codes = new HashMap<>();
    private final Map<String, List<Evidence>> spans = new HashMap<>();

    EvidenceLog(PageText page, NormalizedText folded) {
        this.page = page;
        this.folded = folded;
    }

    void add(String field, String code, int foldedStart, int foldedEnd) {
        int start = folded.originStart(foldedStart);
        int end = folded.originEnd(foldedEnd);
        addSpan(field, code, new Evidence(field, code, page.text().substring(start, end), start, end));
    }

    void add(String field, Hit hit) {
        add(field, hit.code(), hit.start(), hit.end());
    }

    void addSpan(String field, String code, Evidence evidence) {
        codes.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(code);
        List<Evidence> list = spans.computeIfAbsent(field + "\u0000" + code, k -> new ArrayList<>());
        if (list.size() < SPANS_PER_CODE && list.stream().noneMatch(e -> e.start() == evidence.start())) {
            list.add(evidence);
        }
    }

    List<String> codes(String field) {
        return List.copyOf(codes.getOrDefault(field, new LinkedHashSet<>()));
    }

    boolean has(String field, String code) {
        return codes.getOrDefault(field, new LinkedHashSet<>()).contains(code);
    }

    /** Drops a code that a more specific one makes redundant (unspecified once a tissue is known). */
    void remove(String field, String code) {
        codes.getOrDefault(field, new LinkedHashSet<>()).remove(code);
        spans.remove(field + "\u0000" + code);
    }

    List<Evidence> first(String field, String code) {
        return spans.getOrDefault(field + "\u0000" + code, List.of());
    }

    /** The spans of the codes that are output, in page order. */
    List<Evidence> evidence() {
        var all = new ArrayList<Evidence>();
        codes.forEach((field, set) -> set.forEach(code -> all.addAll(first(field, code))));
        all.sort(Comparator.comparingInt(Evidence::start).thenComparing(Evidence::field));
        return all;
    }
}
