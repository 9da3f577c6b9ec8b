package org.exovigil.vigilance.clock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.ProductType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reporting duties read from YAML of the shape of {@code vigilance/voluntary-duties.yaml}: legal duties, answered
 * through {@link ReportingDuties}, and voluntary ones (jurisdiction {@code *}). The module ships only Exovigil's
 * voluntary defaults; the law is the rulebook's. Every schema error is reported with the path of the entry at fault.
 */
public final class DutyBook implements ReportingDuties {

    public static final String BUNDLED = "/vigilance/voluntary-duties.yaml";

    private final List<ReportingDuty> duties;
    private final Map<String, Set<String>> groups;

    private DutyBook(List<ReportingDuty> duties, Map<String, Set<String>> groups) {
        this.duties = List.copyOf(duties);
        this.groups = Map.copyOf(groups);
    }

    /**
     * Exovigil's voluntary duties, shipped with this module; a broken file, or a legal duty in it (the law is kept
     * once, in the rulebook), is a build error caught by the tests.
     */
    public static DutyBook voluntaryDefaults() {
        try (InputStream in = DutyBook.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(ProblemCode.DUTIES_UNREADABLE.id() + ": " + BUNDLED + " is missing");
            }
            Checked<DutyBook> book = read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!book.isAccepted()) {
                throw new IllegalStateException(BUNDLED + ": " + book.problems());
            }
            if (book.value().all().stream().anyMatch(d -> !d.voluntary())) {
                throw new IllegalStateException(BUNDLED + ": holds a legal duty; legal duties are the rulebook's");
            }
            return book.value();
        } catch (IOException e) {
            throw new IllegalStateException(ProblemCode.DUTIES_UNREADABLE.id() + ": " + BUNDLED, e);
        }
    }

    public static Checked<DutyBook> read(String yaml) {
        Object root;
        try {
            root = new Yaml(new DatesAsText()).load(yaml);
        } catch (YAMLException e) {
            return Checked.rejected(Problem.of(ProblemCode.DUTIES_UNREADABLE, "not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> document) || !(document.get("duties") instanceof List<?> entries)) {
            return Checked.rejected(
                    Problem.of(ProblemCode.DUTIES_UNREADABLE, "expected a mapping with a list of duties"));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Set<String>> groups = groups(document.get("groups"), problems);
        List<ReportingDuty> duties = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = new Entry(entries.get(i), "duties[%d]".formatted(i), problems);
            entry.duty().ifPresent(duties::add);
        }
        return Checked.unless(problems, () -> new DutyBook(duties, groups));
    }

    @Override
    public List<ReportingDuty> dutiesFor(DutyQuery query) {
        return duties.stream()
                .filter(d -> !d.voluntary())
                .filter(d -> matches(d, query))
                .toList();
    }

    /** Exovigil's voluntary duties matching the query, for the cases no law covers. */
    public List<ReportingDuty> voluntaryDuties(DutyQuery query) {
        return duties.stream()
                .filter(ReportingDuty::voluntary)
                .filter(d -> matches(d, query))
                .toList();
    }

    public List<ReportingDuty> all() {
        return duties;
    }

    private boolean matches(ReportingDuty duty, DutyQuery query) {
        return inJurisdiction(duty.jurisdiction(), query.country())
                && duty.setting() == query.setting()
                && duty.isInForceOn(query.on())
                && (query.regimes().isEmpty()
                        || duty.voluntary()
                        || query.regimes().contains(duty.regime()))
                && query.productTypes().stream().anyMatch(duty::covers);
    }

    private boolean inJurisdiction(String jurisdiction, String country) {
        return jurisdiction.equals("*")
                || jurisdiction.equals(country)
                || groups.getOrDefault(jurisdiction, Set.of()).contains(country);
    }

    private static Map<String, Set<String>> groups(Object node, List<Problem> problems) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map<?, ?> map)) {
            problems.add(new Problem(
                    ProblemCode.DUTY_INVALID, "groups", "expected a mapping of group name to country codes"));
            return Map.of();
        }
        Map<String, Set<String>> groups = new HashMap<>();
        map.forEach((name, members) -> {
            if (members instanceof List<?> list) {
                groups.put(
                        String.valueOf(name),
                        Set.copyOf(list.stream().map(String::valueOf).toList()));
            } else {
                problems.add(
                        new Problem(ProblemCode.DUTY_INVALID, "groups." + name, "expected a list of country codes"));
            }
        });
        return groups;
    }

    /**
     * Keeps YAML timestamps as text: SnakeYAML's own timestamps are lenient and would read 2026-02-30 as
     * 2 March, while {@link LocalDate#parse} rejects it.
     */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    /** One entry of the file, read field by field so that every problem is collected. */
    private static final class Entry {
        private final Map<?, ?> fields;
        private final String path;
        private final List<Problem> problems;
        private final int problemsBefore;

        Entry(Object node, String path, List<Problem> problems) {
            this.fields = node instanceof Map<?, ?> map ? map : Map.of();
            this.path = path;
            this.problems = problems;
            this.problemsBefore = problems.size();
            if (!(node instanceof Map<?, ?>)) {
                problem(path, "expected a mapping");
            }
        }

        Optional<ReportingDuty> duty() {
            ReportingDuty duty = new ReportingDuty(
                    text("id"),
                    text("jurisdiction"),
                    text("regime"),
                    code("setting", Setting.class),
                    productTypes(),
                    text("recipient"),
                    code("condition", DutyCondition.class),
                    number("days"),
                    fields.containsKey("period_days") ? number("period_days") : null,
                    Boolean.TRUE.equals(fields.get("voluntary")),
                    basis(),
                    date("effective_from", true),
                    date("effective_to", false));
            return problems.size() == problemsBefore ? Optional.of(duty) : Optional.empty();
        }

        private String text(String field) {
            Object value = fields.get(field);
            if (value == null || value.toString().isBlank()) {
                problem(path + "." + field, "expected a text");
                return "";
            }
            return value.toString();
        }

        private <E extends Enum<E> & Coded> E code(String field, Class<E> type) {
            String value = String.valueOf(fields.get(field));
            return Coded.fromCode(type, value).orElseGet(() -> {
                problem(path + "." + field, "expected one of %s, got \"%s\"".formatted(Coded.codesOf(type), value));
                return type.getEnumConstants()[0];
            });
        }

        private int number(String field) {
            if (fields.get(field) instanceof Integer days && days > 0) {
                return days;
            }
            problem(path + "." + field, "expected a whole number of days above 0, got " + fields.get(field));
            return 1;
        }

        private Set<ProductType> productTypes() {
            if (!(fields.get("product_types") instanceof List<?> codes) || codes.isEmpty()) {
                problem(path + ".product_types", "expected a list of product types");
                return Set.of();
            }
            Set<ProductType> types = EnumSet.noneOf(ProductType.class);
            for (Object code : codes) {
                Coded.fromCode(ProductType.class, String.valueOf(code))
                        .ifPresentOrElse(
                                types::add,
                                () -> problem(
                                        path + ".product_types",
                                        "expected one of %s, got \"%s\""
                                                .formatted(Coded.codesOf(ProductType.class), code)));
            }
            return types;
        }

        private Basis basis() {
            if (fields.get("basis") instanceof Map<?, ?> basis
                    && basis.get("source") != null
                    && basis.get("status") != null) {
                Object url = basis.get("url");
                return new Basis(
                        basis.get("source").toString(),
                        url == null ? null : url.toString(),
                        basis.get("status").toString());
            }
            problem(path + ".basis", "expected a source and a status");
            return new Basis("", null, "");
        }

        private LocalDate date(String field, boolean required) {
            Object value = fields.get(field);
            if (value == null && !required) {
                return null;
            }
            try {
                return LocalDate.parse(String.valueOf(value));
            } catch (DateTimeParseException e) {
                problem(path + "." + field, "expected a date (YYYY-MM-DD), got " + value);
                return LocalDate.MIN;
            }
        }

        private void problem(String at, String message) {
            problems.add(new Problem(ProblemCode.DUTY_INVALID, at, message));
        }
    }
}
