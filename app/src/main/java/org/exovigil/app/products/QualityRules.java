package org.exovigil.app.products;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exovigil.app.ReviewedData;

/** The markers, release tests and endotoxin constants of {@code products/quality.yaml}. */
public record QualityRules(
        Set<String> transmembrane,
        Set<String> cytosolic,
        Set<String> negative,
        List<String> requiredTests,
        List<String> optionalTests,
        double kPerKg,
        double kIntrathecalPerKg,
        Set<String> neuraxialAsIntrathecal,
        double bodyWeightKg) {

    static final String BUNDLED = "/products/quality.yaml";

    public static QualityRules bundled() {
        return read(ReviewedData.text(BUNDLED));
    }

    static QualityRules read(String yaml) {
        Map<String, Object> root = ReviewedData.parse(yaml);
        Map<?, ?> markers = map(root, "markers");
        Map<?, ?> tests = map(root, "release_tests");
        Map<?, ?> endotoxin = map(root, "endotoxin");
        return new QualityRules(
                upper(list(markers, "markers.transmembrane", "transmembrane")),
                upper(list(markers, "markers.cytosolic", "cytosolic")),
                upper(list(markers, "markers.negative", "negative")),
                list(tests, "release_tests.required", "required"),
                list(tests, "release_tests.optional", "optional"),
                number(endotoxin, "k_per_kg"),
                number(endotoxin, "k_intrathecal_per_kg"),
                Set.copyOf(list(endotoxin, "endotoxin.neuraxial_as_intrathecal", "neuraxial_as_intrathecal")),
                number(endotoxin, "body_weight_kg"));
    }

    private static Map<?, ?> map(Map<String, Object> root, String field) {
        if (!(root.get(field) instanceof Map<?, ?> found)) {
            throw new IllegalStateException(BUNDLED + ": " + field + ": expected a map");
        }
        return found;
    }

    private static List<String> list(Map<?, ?> map, String where, String field) {
        if (!(map.get(field) instanceof List<?> found)) {
            throw new IllegalStateException(BUNDLED + ": " + where + ": expected a list");
        }
        return found.stream().map(String::valueOf).toList();
    }

    private static double number(Map<?, ?> map, String field) {
        if (!(map.get(field) instanceof Number found) || found.doubleValue() <= 0) {
            throw new IllegalStateException(BUNDLED + ": endotoxin." + field + ": expected a positive number");
        }
        return found.doubleValue();
    }

    private static Set<String> upper(List<String> names) {
        return Set.copyOf(
                names.stream().map(name -> name.toUpperCase(Locale.ROOT)).toList());
    }
}
