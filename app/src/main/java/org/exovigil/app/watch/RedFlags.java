package org.exovigil.app.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.app.ReviewedData;

/** Reads the red flags; one that breaks the schema stops the start, naming the flag and field. */
final class RedFlags {

    static final String BUNDLED = "/watch/red-flags.yaml";

    private RedFlags() {}

    static List<RedFlag> bundled() {
        return read(ReviewedData.text(BUNDLED));
    }

    static List<RedFlag> read(String yaml) {
        Map<String, Object> root = ReviewedData.parse(yaml);
        if (!(root.get("flags") instanceof List<?> flags)) {
            throw invalid("(top)", "flags", "a list");
        }
        List<RedFlag> read = new ArrayList<>();
        for (Object entry : flags) {
            if (!(entry instanceof Map<?, ?> flag) || !(flag.get("id") instanceof String id)) {
                throw invalid("(flag " + (read.size() + 1) + ")", "id", "a map with an id");
            }
            if (!(flag.get("when") instanceof Map<?, ?> when) || when.size() != 1) {
                throw invalid(id, "when", "one of claim, product_type, indications_at_least");
            }
            if (!(flag.get("label") instanceof String label)) {
                throw invalid(id, "label", "a text");
            }
            if (!(flag.get("source") instanceof Map<?, ?> source) || !(source.get("title") instanceof String title)) {
                throw invalid(id, "source", "a map with a title");
            }
            Map<String, String> labels = new HashMap<>();
            labels.put("en", label.strip());
            flag.forEach((key, value) -> {
                if (String.valueOf(key).matches("label_[a-z]{2}") && value instanceof String text) {
                    labels.put(String.valueOf(key).substring("label_".length()), text.strip());
                }
            });
            Object types = when.get("product_type");
            read.add(new RedFlag(
                    id,
                    labels,
                    title,
                    source.get("url") == null ? null : String.valueOf(source.get("url")),
                    when.get("claim") == null ? null : String.valueOf(when.get("claim")),
                    types instanceof List<?> list
                            ? list.stream().map(String::valueOf).toList()
                            : List.of(),
                    when.get("indications_at_least") instanceof Integer at ? at : 0));
        }
        return List.copyOf(read);
    }

    private static IllegalStateException invalid(String flag, String field, String expected) {
        return new IllegalStateException("%s: flag %s: %s: expected %s".formatted(BUNDLED, flag, field, expected));
    }
}
