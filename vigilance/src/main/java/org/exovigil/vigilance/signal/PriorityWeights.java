package org.exovigil.vigilance.signal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The reviewed weights of the priority score, read from a YAML file of the shape of {@code
 * vigilance/signal-priority.yaml}: a weight per {@link PriorityFactor} with its source, the thresholds of the
 * suggested levels, the period that counts as recent, and the important-risk groups as words an event term
 * may contain. Every schema error names its entry ({@link ProblemCode#PRIORITY_WEIGHT_INVALID}).
 *
 * @param reviewed       when the weights were last reviewed
 * @param recentDays     a case received within this many days is recent
 * @param high           the score from which HIGH is suggested
 * @param medium         the score from which MEDIUM is suggested
 * @param weights        the weight of every factor
 * @param importantRisks lower-case words that put an event in an important-risk group
 */
public record PriorityWeights(
        LocalDate reviewed,
        int recentDays,
        double high,
        double medium,
        Map<PriorityFactor, Double> weights,
        List<String> importantRisks) {

    public static final String BUNDLED = "/vigilance/signal-priority.yaml";

    public PriorityWeights {
        if (!weights.keySet().containsAll(List.of(PriorityFactor.values()))) {
            throw new IllegalArgumentException("every factor needs a weight, got " + weights.keySet());
        }
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        importantRisks = List.copyOf(importantRisks);
    }

    public double weight(PriorityFactor factor) {
        return weights.get(factor);
    }

    /** Whether an event term falls in an important-risk group: it contains one of the group's words. */
    public boolean isImportantRisk(String term) {
        String lower = term == null ? "" : term.toLowerCase(Locale.ROOT);
        return importantRisks.stream().anyMatch(lower::contains);
    }

    /** The weights shipped with this module; a broken file is a build error, caught by the tests. */
    public static PriorityWeights bundled() {
        try (InputStream in = PriorityWeights.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(ProblemCode.PRIORITY_WEIGHTS_UNREADABLE.id() + ": " + BUNDLED);
            }
            Checked<PriorityWeights> read = read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!read.isAccepted()) {
                throw new IllegalStateException(BUNDLED + ": " + read.problems());
            }
            return read.value();
        } catch (IOException e) {
            throw new IllegalStateException(ProblemCode.PRIORITY_WEIGHTS_UNREADABLE.id() + ": " + BUNDLED, e);
        }
    }

    public static Checked<PriorityWeights> read(String yaml) {
        Object root;
        try {
            root = new Yaml(new DatesAsText()).load(yaml);
        } catch (YAMLException e) {
            return Checked.rejected(
                    Problem.of(ProblemCode.PRIORITY_WEIGHTS_UNREADABLE, "not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> document) || !(document.get("weights") instanceof Map<?, ?> weightNodes)) {
            return Checked.rejected(Problem.of(
                    ProblemCode.PRIORITY_WEIGHTS_UNREADABLE, "expected a mapping with a mapping of weights"));
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate reviewed = null;
        try {
            reviewed = LocalDate.parse(String.valueOf(document.get("reviewed")));
        } catch (DateTimeParseException e) {
            problems.add(invalid("reviewed", "expected a date YYYY-MM-DD, got " + document.get("reviewed")));
        }
        int recentDays = document.get("recent_days") instanceof Integer days && days > 0 ? days : 0;
        if (recentDays == 0) {
            problems.add(invalid("recent_days", "expected a whole number of days above 0"));
        }
        double high =
                number(document.get("levels") instanceof Map<?, ?> m ? m.get("high") : null, "levels.high", problems);
        double medium = number(
                document.get("levels") instanceof Map<?, ?> m ? m.get("medium") : null, "levels.medium", problems);
        if (medium > high) {
            problems.add(invalid("levels", "expected medium at or below high"));
        }
        Map<PriorityFactor, Double> weights = new EnumMap<>(PriorityFactor.class);
        for (PriorityFactor factor : PriorityFactor.values()) {
            String path = "weights." + factor.code();
            if (!(weightNodes.get(factor.code()) instanceof Map<?, ?> entry)) {
                problems.add(invalid(path, "expected a mapping with weight and source"));
                continue;
            }
            double weight = number(entry.get("weight"), path + ".weight", problems);
            if (weight < 0) {
                problems.add(invalid(path + ".weight", "expected a weight of 0 or more: every aspect adds evidence"));
            }
            if (entry.get("source") == null || entry.get("source").toString().isBlank()) {
                problems.add(invalid(path + ".source", "expected the source of the weight"));
            }
            weights.put(factor, weight);
        }
        weightNodes.keySet().stream()
                .filter(key -> Coded.fromCode(PriorityFactor.class, String.valueOf(key))
                        .isEmpty())
                .forEach(key -> problems.add(
                        invalid("weights." + key, "expected one of " + Coded.codesOf(PriorityFactor.class))));
        List<String> risks = new ArrayList<>();
        if (document.get("important_risks") instanceof Map<?, ?> groups) {
            groups.forEach((group, words) -> {
                if (words instanceof List<?> list && !list.isEmpty()) {
                    list.forEach(word -> risks.add(String.valueOf(word).toLowerCase(Locale.ROOT)));
                } else {
                    problems.add(invalid("important_risks." + group, "expected a list of words"));
                }
            });
        } else {
            problems.add(invalid("important_risks", "expected a mapping of groups to words"));
        }
        LocalDate date = reviewed;
        int days = recentDays;
        return Checked.unless(problems, () -> new PriorityWeights(date, days, high, medium, weights, risks));
    }

    private static double number(Object value, String path, List<Problem> problems) {
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        problems.add(invalid(path, "expected a number, got " + value));
        return 0;
    }

    private static Problem invalid(String path, String message) {
        return new Problem(ProblemCode.PRIORITY_WEIGHT_INVALID, path, message);
    }

    /** Keeps YAML dates as text, so that {@link LocalDate#parse} judges them (as {@code MatchParameters} does). */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
