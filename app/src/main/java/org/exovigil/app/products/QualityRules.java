package org.exovigil.app.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exovigil.app.ReviewedData;

/**
 * The markers, release tests, endotoxin constants and default specification of
 * {@code products/quality.yaml}. A file that breaks the schema, or a default specification that would be
 * refused if a person set it, stops the start with the field named.
 *
 * @param defaults      the specification of a product that has none of its own (version 0)
 * @param defaultsBasis why each default is what it is, and its source
 */
public record QualityRules(
        Set<String> transmembrane,
        Set<String> cytosolic,
        Set<String> negative,
        List<String> requiredTests,
        List<String> optionalTests,
        double kPerKg,
        double kIntrathecalPerKg,
        Set<String> neuraxialAsIntrathecal,
        double bodyWeightKg,
        Specification defaults,
        List<Basis> defaultsBasis) {

    /** The reason for one default criterion, with its source and the source's status. */
    public record Basis(String criterion, String reason, String source, String status) {}

    /** The criteria of the default specification, in the order of the file. */
    static final List<String> CRITERIA = List.of(
            Specification.PARTICLE_CONCENTRATION,
            Specification.PARTICLE_SIZE,
            Specification.PROTEIN,
            Specification.PARTICLES_PER_UG_PROTEIN,
            Specification.POTENCY,
            Specification.IDENTITY);

    static final String BUNDLED = "/products/quality.yaml";

    public static QualityRules bundled() {
        return read(ReviewedData.text(BUNDLED));
    }

    static QualityRules read(String yaml) {
        Map<String, Object> root = ReviewedData.parse(yaml);
        Map<?, ?> markers = map(root, "markers");
        Map<?, ?> tests = map(root, "release_tests");
        Map<?, ?> endotoxin = map(root, "endotoxin");
        Map<?, ?> specification = map(root, "specification");
        List<String> required = list(tests, "release_tests.required", "required");
        List<Basis> basis = new ArrayList<>();
        for (String criterion : CRITERIA) {
            if (!(specification.get(criterion) instanceof Map<?, ?> entry)
                    || !(entry.get("reason") instanceof String reason)
                    || !(entry.get("source") instanceof Map<?, ?> source)
                    || !(source.get("title") instanceof String title)) {
                throw new IllegalStateException(
                        BUNDLED + ": specification." + criterion + ": expected a map with a reason and a source title");
            }
            basis.add(new Basis(criterion, reason, title, String.valueOf(source.get("status"))));
        }
        Map<?, ?> size = (Map<?, ?>) specification.get(Specification.PARTICLE_SIZE);
        Map<?, ?> identity = (Map<?, ?>) specification.get(Specification.IDENTITY);
        Specification defaults = new Specification(
                0,
                required,
                range(specification, Specification.PARTICLE_CONCENTRATION),
                range(specification, Specification.PARTICLE_SIZE),
                String.valueOf(size.get("measure")),
                range(specification, Specification.PROTEIN),
                range(specification, Specification.PARTICLES_PER_UG_PROTEIN).min(),
                new Specification.Potency(
                        null, null, range(specification, Specification.POTENCY).min()),
                list(identity, "specification.identity.positive", "positive"),
                list(identity, "specification.identity.negative", "negative"));
        QualityRules rules = new QualityRules(
                upper(list(markers, "markers.transmembrane", "transmembrane")),
                upper(list(markers, "markers.cytosolic", "cytosolic")),
                upper(list(markers, "markers.negative", "negative")),
                required,
                list(tests, "release_tests.optional", "optional"),
                number(endotoxin, "k_per_kg"),
                number(endotoxin, "k_intrathecal_per_kg"),
                Set.copyOf(list(endotoxin, "endotoxin.neuraxial_as_intrathecal", "neuraxial_as_intrathecal")),
                number(endotoxin, "body_weight_kg"),
                defaults,
                List.copyOf(basis));
        defaults.refusal(rules).ifPresent(refused -> {
            throw new IllegalStateException(
                    BUNDLED + ": specification: " + refused.code().id() + " " + refused.particulars());
        });
        return rules;
    }

    /** The tests a lot can have results for: the required ones, then the optional ones. */
    public List<String> tests() {
        List<String> all = new ArrayList<>(requiredTests);
        all.addAll(optionalTests);
        return List.copyOf(all);
    }

    private static Specification.Range range(Map<?, ?> specification, String criterion) {
        Map<?, ?> entry = (Map<?, ?>) specification.get(criterion);
        return new Specification.Range(bound(entry, criterion, "min"), bound(entry, criterion, "max"));
    }

    private static Double bound(Map<?, ?> entry, String criterion, String field) {
        Object value = entry.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw new IllegalStateException(
                    BUNDLED + ": specification." + criterion + "." + field + ": expected a number, got " + value);
        }
        return number.doubleValue();
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
