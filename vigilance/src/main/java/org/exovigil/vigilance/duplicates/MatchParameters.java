package org.exovigil.vigilance.duplicates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.Coded;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The reviewed parameters of duplicate detection, read from a YAML file of the shape of {@code
 * vigilance/duplicate-detection.yaml}: one {@link FieldModel} per {@link Field}, the score from which a
 * pair is a suspected duplicate, and the two limits that keep the work near-linear. Every schema error is
 * reported with the path of the entry at fault ({@link ProblemCode#DUPLICATE_PARAMETER_INVALID}).
 *
 * @param reviewed             when the figures were last reviewed
 * @param threshold            total score (bits) from which a pair is a suspected duplicate
 * @param maxBlock             the largest block of cases sharing a (product, event) pair that is
 *                             compared in full; a larger block compares only cases that also share a
 *                             date, lot, provider, reporter, or age and sex
 * @param maxUnsharedPenalised how many unshared items of one set field are penalised at most
 * @param fields               the model of every field
 */
public record MatchParameters(
        LocalDate reviewed, double threshold, int maxBlock, int maxUnsharedPenalised, Map<Field, FieldModel> fields) {

    public static final String BUNDLED = "/vigilance/duplicate-detection.yaml";

    public MatchParameters {
        Objects.requireNonNull(reviewed, "reviewed");
        if (!fields.keySet().containsAll(List.of(Field.values()))) {
            throw new IllegalArgumentException("every field needs a model, got " + fields.keySet());
        }
        fields.forEach((field, model) -> {
            if ((field.kind() == Field.Kind.NUMBER) != (model instanceof FieldModel.HitMissMixture)) {
                throw new IllegalArgumentException(field.code() + " is a " + field.kind() + ", got " + model);
            }
        });
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
    }

    /** The parameters shipped with this module; a broken file is a build error, caught by the tests. */
    public static MatchParameters bundled() {
        try (InputStream in = MatchParameters.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(
                        ProblemCode.DUPLICATE_PARAMETERS_UNREADABLE.id() + ": " + BUNDLED + " is missing");
            }
            Checked<MatchParameters> parameters = read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!parameters.isAccepted()) {
                throw new IllegalStateException(BUNDLED + ": " + parameters.problems());
            }
            return parameters.value();
        } catch (IOException e) {
            throw new IllegalStateException(ProblemCode.DUPLICATE_PARAMETERS_UNREADABLE.id() + ": " + BUNDLED, e);
        }
    }

    public static Checked<MatchParameters> read(String yaml) {
        Object root;
        try {
            root = new Yaml(new DatesAsText()).load(yaml);
        } catch (YAMLException e) {
            return Checked.rejected(
                    Problem.of(ProblemCode.DUPLICATE_PARAMETERS_UNREADABLE, "not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> document) || !(document.get("fields") instanceof Map<?, ?> fieldNodes)) {
            return Checked.rejected(Problem.of(
                    ProblemCode.DUPLICATE_PARAMETERS_UNREADABLE, "expected a mapping with a mapping of fields"));
        }
        List<Problem> problems = new ArrayList<>();
        Entry top = new Entry(document, "", problems);
        LocalDate reviewed = top.date("reviewed");
        double threshold = top.number("threshold", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Entry blocking = top.child("blocking");
        int maxBlock = blocking.whole("max_block", 2);
        Entry scoring = top.child("scoring");
        int maxUnshared = scoring.whole("max_unshared_penalised", 1);
        Map<Field, FieldModel> fields = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            if (!fieldNodes.containsKey(field.code())) {
                problems.add(new Problem(
                        ProblemCode.DUPLICATE_PARAMETER_INVALID, "fields." + field.code(), "expected a field model"));
                continue;
            }
            fields.put(field, new Entry(fieldNodes.get(field.code()), "fields." + field.code(), problems).model(field));
        }
        for (Object key : fieldNodes.keySet()) {
            if (Arrays.stream(Field.values()).noneMatch(f -> f.code().equals(key))) {
                problems.add(new Problem(
                        ProblemCode.DUPLICATE_PARAMETER_INVALID,
                        "fields." + key,
                        "expected one of " + Coded.codesOf(Field.class)));
            }
        }
        return Checked.unless(problems, () -> new MatchParameters(reviewed, threshold, maxBlock, maxUnshared, fields));
    }

    /** The same parameters with another threshold, to measure how precision and recall move with it. */
    public MatchParameters withThreshold(double newThreshold) {
        return new MatchParameters(reviewed, newThreshold, maxBlock, maxUnsharedPenalised, fields);
    }

    /**
     * Keeps YAML timestamps as text, as {@code clock.DutyBook} does: SnakeYAML's own are lenient and would
     * read 2026-02-30 as 2 March, while {@link LocalDate#parse} rejects it.
     */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    /** One mapping of the file, read value by value so that every problem is collected. */
    private static final class Entry {
        private final Map<?, ?> values;
        private final String path;
        private final List<Problem> problems;

        Entry(Object node, String path, List<Problem> problems) {
            this.values = node instanceof Map<?, ?> map ? map : Map.of();
            this.path = path;
            this.problems = problems;
            if (!(node instanceof Map<?, ?>)) {
                problem(path, "expected a mapping");
            }
        }

        Entry child(String key) {
            return new Entry(values.get(key), at(key), problems);
        }

        FieldModel model(Field field) {
            String model = String.valueOf(values.get("model"));
            String source = text("source");
            Double blank = values.get("blank") == null ? null : number("blank", 0, 1);
            if (field.kind() == Field.Kind.NUMBER) {
                if (!model.equals("hit_miss_mixture")) {
                    problem(at("model"), "expected hit_miss_mixture for a number, got \"" + model + "\"");
                }
                double deviation = number("deviation", 0, 1);
                double miss = number("miss", 0, 1);
                double sigma = number("sigma", 0, Double.POSITIVE_INFINITY);
                if (blank != null && deviation + miss + blank >= 1) {
                    problem(path, "expected deviation + miss + blank below 1, so that a hit remains possible");
                }
                return new FieldModel.HitMissMixture(deviation, miss, blank, sigma, source);
            }
            if (!model.equals("hit_miss")) {
                problem(at("model"), "expected hit_miss for a value or a set, got \"" + model + "\"");
            }
            double miss = number("miss", 0, 1);
            if (blank != null && miss + blank >= 1) {
                problem(path, "expected miss + blank below 1, so that a hit remains possible");
            }
            return new FieldModel.HitMiss(miss, blank, source);
        }

        /** A number strictly between {@code above} and {@code below}. */
        double number(String key, double above, double below) {
            if (values.get(key) instanceof Number n && n.doubleValue() > above && n.doubleValue() < below) {
                return n.doubleValue();
            }
            problem(
                    at(key),
                    "expected a number%s, got %s"
                            .formatted(
                                    Double.isInfinite(above) ? "" : " above %s and below %s".formatted(above, below),
                                    values.get(key)));
            return 0; // never used: a file with a problem gives no parameters
        }

        int whole(String key, int least) {
            if (values.get(key) instanceof Integer n && n >= least) {
                return n;
            }
            problem(at(key), "expected a whole number of at least %d, got %s".formatted(least, values.get(key)));
            return least;
        }

        String text(String key) {
            Object value = values.get(key);
            if (value == null || value.toString().isBlank()) {
                problem(at(key), "expected a text");
                return "";
            }
            return value.toString();
        }

        LocalDate date(String key) {
            try {
                return LocalDate.parse(String.valueOf(values.get(key)));
            } catch (DateTimeParseException e) {
                problem(at(key), "expected a date (YYYY-MM-DD), got " + values.get(key));
                return LocalDate.MIN;
            }
        }

        private String at(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        private void problem(String at, String message) {
            problems.add(new Problem(ProblemCode.DUPLICATE_PARAMETER_INVALID, at, message));
        }
    }
}
