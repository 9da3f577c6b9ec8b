package org.exovigil.rulebook;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one rulebook file into a {@link Law}, checking it as it goes: the schema (keys known, required
 * keys present, values of the right kind), vocabulary codes, references to sources, named conditions,
 * requirements and classifications, and that no two versions of one rule are in force on the same day.
 * Works on SnakeYAML's node tree rather than on plain maps so every error can name the file and line.
 */
final class LawReader {

    private static final Set<String> FILE_KEYS = Set.of(
            "jurisdiction",
            "name",
            "applies_to",
            "law_current_to",
            "authorities",
            "notes",
            "sources",
            "conditions",
            "classifications",
            "requirements",
            "findings",
            "reporting",
            "powers");
    private static final Set<String> META_KEYS =
            Set.of("id", "effective_from", "effective_to", "status", "note", "cite");
    private static final Set<String> SOURCE_KEYS = Set.of("source", "title", "url", "quote", "status");

    private final String file;
    private final Vocabulary vocabulary;
    private final Map<String, Condition> conditions = new LinkedHashMap<>();
    private final Map<String, Citation> sources = new LinkedHashMap<>();
    private final List<Law.Origin> classificationTests = new ArrayList<>();
    private final List<String> classificationTestValues = new ArrayList<>();

    LawReader(
            String file,
            Vocabulary vocabulary,
            Map<String, Condition> sharedConditions,
            Map<String, Citation> sharedSources) {
        this.file = file;
        this.vocabulary = vocabulary;
        this.conditions.putAll(sharedConditions);
        this.sources.putAll(sharedSources);
    }

    /** Parses YAML text into its node tree; a syntax error names file, line and column. */
    static Node parse(String file, String text) {
        try {
            var node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (node == null) throw new RulebookException("EXO-2002", file + ":1: the file is empty");
            return node;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new RulebookException(
                    "EXO-2001",
                    file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": not valid YAML: "
                            + e.getProblem());
        } catch (YAMLException e) {
            throw new RulebookException("EXO-2001", file + ": not valid YAML: " + e.getMessage());
        }
    }

    /** Reads common.yaml: named conditions and sources shared by every jurisdiction. */
    void readShared(Node root) {
        var map = mapping(root, Set.of("sources", "conditions", "notes"), Set.of());
        readSources(map.get("sources"));
        readConditions(map.get("conditions"));
    }

    Map<String, Condition> conditions() {
        return conditions;
    }

    Map<String, Citation> sources() {
        return sources;
    }

    Law read(Node root) {
        var map = mapping(root, FILE_KEYS, Set.of("jurisdiction", "name", "applies_to", "law_current_to"));
        readSources(map.get("sources"));
        readConditions(map.get("conditions"));
        var requirements = readRequirements(map.get("requirements"));
        var classifications = new ArrayList<Law.ClassificationRule>();
        for (var n : sequence(map.get("classifications"))) classifications.add(classification(n, requirements));
        var findings = new ArrayList<Law.FindingRule>();
        for (var n : sequence(map.get("findings"))) findings.add(finding(n));
        var reporting = new ArrayList<Law.ReportingRule>();
        for (var n : sequence(map.get("reporting"))) reporting.add(reportingRule(n));
        var powers = new ArrayList<Law.PowerRule>();
        for (var n : sequence(map.get("powers"))) powers.add(powerRule(n));
        checkClassificationTests(classifications);
        checkDates(classifications, requirements, findings, reporting);
        return new Law(
                scalar(map.get("jurisdiction")),
                scalar(map.get("name")),
                Set.copyOf(strings(map.get("applies_to"))),
                date(map.get("law_current_to")),
                List.copyOf(classifications),
                Map.copyOf(requirements),
                List.copyOf(findings),
                List.copyOf(reporting),
                List.copyOf(powers),
                file);
    }

    // ---- sections ----------------------------------------------------------------------------

    private void readSources(Node node) {
        if (node == null) return;
        for (var entry : mapping(node, null, Set.of()).entrySet()) {
            var m = mapping(entry.getValue(), SOURCE_KEYS, Set.of("source", "title"));
            var status = m.containsKey("status") ? status(m.get("status")) : Law.Status.VERIFIED;
            sources.put(
                    entry.getKey(),
                    new Citation(
                            scalar(m.get("source")),
                            scalar(m.get("title")),
                            optional(m.get("url")),
                            optional(m.get("quote")),
                            status.code()));
        }
    }

    private void readConditions(Node node) {
        if (node == null) return;
        for (var entry : mapping(node, null, Set.of()).entrySet()) {
            conditions.put(entry.getKey(), new Condition.Ref(entry.getKey(), condition(entry.getValue())));
        }
    }

    private Map<String, List<Law.RequirementRule>> readRequirements(Node node) {
        var result = new LinkedHashMap<String, List<Law.RequirementRule>>();
        for (var n : sequence(node)) {
            var m = mapping(
                    n,
                    with(META_KEYS, "code", "label", "label_ja", "satisfied_if", "none_granted", "unmet"),
                    Set.of("id", "code", "label", "cite"));
            var labelJa = japanese(n, m, "label");
            var meta = meta(n, m);
            code(m.get("code"), "requirement_codes");
            var satisfiedIf = m.containsKey("satisfied_if") ? condition(m.get("satisfied_if")) : null;
            result.computeIfAbsent(meta.id(), k -> new ArrayList<>())
                    .add(new Law.RequirementRule(
                            meta,
                            scalar(m.get("code")),
                            scalar(m.get("label")),
                            labelJa,
                            satisfiedIf,
                            optional(m.get("none_granted")),
                            optional(m.get("unmet"))));
        }
        return result;
    }

    private Law.ClassificationRule classification(Node n, Map<String, List<Law.RequirementRule>> requirements) {
        var m = mapping(
                n,
                with(META_KEYS, "code", "label", "label_ja", "if", "because", "because_ja", "requirements"),
                Set.of("id", "code", "label", "if", "because", "cite"));
        var labelJa = japanese(n, m, "label");
        var becauseJa = japanese(n, m, "because");
        var refs = new ArrayList<Law.RequirementRef>();
        for (var r : sequence(m.get("requirements"))) refs.add(requirementRef(r, requirements));
        return new Law.ClassificationRule(
                meta(n, m),
                scalar(m.get("code")),
                scalar(m.get("label")),
                labelJa,
                condition(m.get("if")),
                scalar(m.get("because")),
                becauseJa,
                List.copyOf(refs));
    }

    private Law.RequirementRef requirementRef(Node n, Map<String, List<Law.RequirementRule>> requirements) {
        String id;
        Condition when = Condition.ALWAYS;
        if (n instanceof ScalarNode) {
            id = scalar(n);
        } else {
            var m = mapping(n, Set.of("id", "if"), Set.of("id"));
            id = scalar(m.get("id"));
            if (m.containsKey("if")) when = condition(m.get("if"));
        }
        if (!requirements.containsKey(id))
            throw error("EXO-2004", n, "requirement '" + id + "' is not defined under requirements:");
        return new Law.RequirementRef(id, when, origin(n));
    }

    private Law.FindingRule finding(Node n) {
        var m = mapping(
                n,
                with(META_KEYS, "code", "severity", "if", "message", "message_ja"),
                Set.of("id", "code", "severity", "if", "message", "cite"));
        code(m.get("code"), "finding_codes");
        var messageJa = japanese(n, m, "message");
        var severity = switch (scalar(m.get("severity"))) {
            case "violation" -> Severity.VIOLATION;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            default -> throw error("EXO-2003", m.get("severity"), "severity must be violation, warning or info");
        };
        return new Law.FindingRule(
                meta(n, m),
                scalar(m.get("code")),
                severity,
                condition(m.get("if")),
                scalar(m.get("message")),
                messageJa);
    }

    /**
     * The Japanese text written beside an English one ({@code message_ja} beside {@code message}, {@code because_ja}
     * beside {@code because}): every rule that says something to the public says it in both, so a rule with the
     * English and no Japanese, or a blank Japanese, does not load (EXO-2009).
     */
    private String japanese(Node rule, Map<String, Node> m, String english) {
        var key = english + "_ja";
        var node = m.get(key);
        if (node == null)
            throw error(
                    "EXO-2009",
                    rule,
                    "rule '" + optional(m.get("id")) + "' has " + english + ": but no " + key
                            + ": (the same text in Japanese)");
        var text = scalar(node);
        if (text.isBlank()) throw error("EXO-2009", node, key + " of rule '" + optional(m.get("id")) + "' is blank");
        return text;
    }

    private Law.ReportingRule reportingRule(Node n) {
        var m = mapping(
                n,
                with(META_KEYS, "to", "to_ja", "when", "when_ja", "days", "if", "condition", "setting", "period_days"),
                Set.of("id", "to", "when", "days", "if", "condition", "setting", "cite"));
        var toJa = japanese(n, m, "to");
        var whenJa = japanese(n, m, "when");
        var days = positive(m.get("days"), "days");
        var periodDays = m.containsKey("period_days") ? positive(m.get("period_days"), "period_days") : null;
        return new Law.ReportingRule(
                meta(n, m),
                scalar(m.get("to")),
                toJa,
                scalar(m.get("when")),
                whenJa,
                days,
                condition(m.get("if")),
                listed(m.get("condition"), "duty_conditions", "condition"),
                listed(m.get("setting"), "duty_settings", "setting"),
                periodDays);
    }

    private Law.PowerRule powerRule(Node n) {
        var m = mapping(
                n,
                with(META_KEYS, "of", "label", "label_ja", "scope", "scope_ja"),
                Set.of("id", "of", "label", "scope", "cite"));
        var of = new ArrayList<String>();
        for (var item : sequence(m.get("of"))) of.add(listed(item, "addressees", "of"));
        return new Law.PowerRule(
                meta(n, m),
                List.copyOf(of),
                scalar(m.get("label")),
                japanese(n, m, "label"),
                scalar(m.get("scope")),
                japanese(n, m, "scope"));
    }

    private int positive(Node node, String key) {
        int value;
        try {
            value = Integer.parseInt(scalar(node));
        } catch (NumberFormatException e) {
            throw error("EXO-2002", node, key + " must be a whole number, got '" + scalar(node) + "'");
        }
        if (value <= 0) throw error("EXO-2002", node, key + " must be positive, got " + value);
        return value;
    }

    /** A value that must be one of a vocabulary list; the error names the allowed codes. */
    private String listed(Node node, String list, String key) {
        var value = scalar(node);
        var allowed = vocabulary.lists().getOrDefault(list, List.of());
        if (!allowed.contains(value))
            throw error(
                    "EXO-2003",
                    node,
                    "'" + value + "' is not a " + key + " code; expected one of " + String.join(", ", allowed) + " ("
                            + list + " in vocabulary.yaml)");
        return value;
    }

    private Law.Meta meta(Node n, Map<String, Node> m) {
        var from = m.containsKey("effective_from") ? date(m.get("effective_from")) : null;
        var to = m.containsKey("effective_to") ? date(m.get("effective_to")) : null;
        if (from != null && to != null && to.isBefore(from))
            throw error("EXO-2002", m.get("effective_to"), "effective_to is before effective_from");
        var citations = new ArrayList<Citation>();
        for (var id : strings(m.get("cite"))) {
            var c = sources.get(id);
            if (c == null) throw error("EXO-2004", m.get("cite"), "source '" + id + "' is not defined under sources:");
            citations.add(c);
        }
        if (citations.isEmpty()) throw error("EXO-2002", n, "a rule needs at least one source under cite:");
        var status = m.containsKey("status") ? status(m.get("status")) : weakest(citations);
        return new Law.Meta(
                scalar(m.get("id")),
                new Law.Effective(from, to),
                status,
                optional(m.get("note")),
                List.copyOf(citations),
                origin(n));
    }

    /** A rule is only as settled as the least settled source it rests on. */
    private static Law.Status weakest(List<Citation> citations) {
        return citations.stream()
                .map(c -> Law.Status.valueOf(c.status().toUpperCase(java.util.Locale.ROOT)))
                .max(Comparator.naturalOrder())
                .orElse(Law.Status.UNVERIFIED);
    }

    // ---- conditions ---------------------------------------------------------------------------

    Condition condition(Node node) {
        var map = mapping(node, null, Set.of());
        if (map.isEmpty()) throw error("EXO-2002", node, "a condition needs at least one test");
        var parts = new ArrayList<Condition>();
        for (var e : map.entrySet()) parts.add(test(e.getKey(), e.getValue()));
        return parts.size() == 1 ? parts.getFirst() : new Condition.All(List.copyOf(parts));
    }

    private Condition test(String key, Node value) {
        return switch (key) {
            case "all" ->
                new Condition.All(sequence(value).stream().map(this::condition).toList());
            case "any" ->
                new Condition.Any(sequence(value).stream().map(this::condition).toList());
            case "not" -> new Condition.Not(condition(value));
            case "unknown" -> new Condition.Unknown(field(value, scalar(value)));
            case "ref" -> {
                var target = conditions.get(scalar(value));
                if (target == null)
                    throw error(
                            "EXO-2004",
                            value,
                            "condition '" + scalar(value)
                                    + "' is not defined (named conditions must come before their use)");
                yield target;
            }
            case "only" -> {
                var m = mapping(value, null, Set.of());
                if (m.size() != 1) throw error("EXO-2002", value, "only: takes one field");
                var e = m.entrySet().iterator().next();
                yield new Condition.Only(field(value, e.getKey()), values(e.getKey(), e.getValue()));
            }
            case Condition.Authorized.FIELD -> new Condition.Authorized(values(key, value));
            default -> new Condition.OneOf(field(value, key), values(key, value));
        };
    }

    private String field(Node at, String field) {
        if (!vocabulary.isField(field))
            throw error("EXO-2003", at, "unknown fact '" + field + "' (facts are listed in vocabulary.yaml)");
        return field;
    }

    private Set<String> values(String field, Node node) {
        var result = new LinkedHashSet<String>();
        var allowed = vocabulary.isBoolean(field) ? Set.of("true", "false") : vocabulary.allowed(field);
        for (var v : strings(node)) {
            if (field.equals("classification")) {
                classificationTests.add(origin(node));
                classificationTestValues.add(v);
            } else if (allowed != null && !allowed.contains(v)) {
                throw error("EXO-2003", node, "'" + v + "' is not a code of " + field);
            }
            result.add(v);
        }
        return Set.copyOf(result);
    }

    // ---- cross-checks -------------------------------------------------------------------------

    private void checkClassificationTests(List<Law.ClassificationRule> classifications) {
        var codes = new java.util.HashSet<String>();
        classifications.forEach(c -> codes.add(c.code()));
        for (int i = 0; i < classificationTestValues.size(); i++) {
            if (!codes.contains(classificationTestValues.get(i))) {
                throw new RulebookException(
                        "EXO-2004",
                        classificationTests.get(i) + ": classification '" + classificationTestValues.get(i)
                                + "' is not defined in this file");
            }
        }
    }

    private void checkDates(
            List<Law.ClassificationRule> c,
            Map<String, List<Law.RequirementRule>> r,
            List<Law.FindingRule> f,
            List<Law.ReportingRule> p) {
        var byId = new HashMap<String, List<Law.Meta>>();
        c.forEach(x -> byId.computeIfAbsent("classification " + x.meta().id(), k -> new ArrayList<>())
                .add(x.meta()));
        r.values()
                .forEach(l -> l.forEach(
                        x -> byId.computeIfAbsent("requirement " + x.meta().id(), k -> new ArrayList<>())
                                .add(x.meta())));
        f.forEach(x -> byId.computeIfAbsent("finding " + x.meta().id(), k -> new ArrayList<>())
                .add(x.meta()));
        p.forEach(x -> byId.computeIfAbsent("reporting " + x.meta().id(), k -> new ArrayList<>())
                .add(x.meta()));
        for (var versions : byId.entrySet()) {
            var list = versions.getValue();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (list.get(i).effective().overlaps(list.get(j).effective())) {
                        throw new RulebookException(
                                "EXO-2005",
                                list.get(j).origin() + ": " + versions.getKey()
                                        + " is in force on the same days as its version at line "
                                        + list.get(i).origin().line());
                    }
                }
            }
        }
    }

    // ---- YAML node access ---------------------------------------------------------------------

    /** The entries of a mapping, checked against allowed keys (null: any) and required keys. */
    Map<String, Node> mapping(Node node, Set<String> allowed, Set<String> required) {
        if (!(node instanceof MappingNode m)) throw error("EXO-2002", node, "expected a mapping (key: value)");
        var result = new LinkedHashMap<String, Node>();
        for (var tuple : m.getValue()) {
            var key = scalar(tuple.getKeyNode());
            if (allowed != null && !allowed.contains(key))
                throw error(
                        "EXO-2002",
                        tuple.getKeyNode(),
                        "unexpected key '" + key + "'; expected one of " + new java.util.TreeSet<>(allowed));
            if (result.put(key, tuple.getValueNode()) != null)
                throw error("EXO-2002", tuple.getKeyNode(), "duplicate key '" + key + "'");
        }
        for (var key : required) {
            if (!result.containsKey(key)) throw error("EXO-2002", node, "missing key '" + key + "'");
        }
        return result;
    }

    private List<Node> sequence(Node node) {
        if (node == null) return List.of();
        if (!(node instanceof SequenceNode s)) throw error("EXO-2002", node, "expected a list");
        return s.getValue();
    }

    /** A scalar, or a list of scalars. */
    private List<String> strings(Node node) {
        if (node == null) return List.of();
        if (node instanceof ScalarNode) return List.of(scalar(node));
        return sequence(node).stream().map(this::scalar).toList();
    }

    private String scalar(Node node) {
        if (!(node instanceof ScalarNode s)) throw error("EXO-2002", node, "expected a single value");
        return s.getValue();
    }

    private String optional(Node node) {
        return node == null ? null : scalar(node);
    }

    private LocalDate date(Node node) {
        try {
            return LocalDate.parse(scalar(node));
        } catch (DateTimeParseException e) {
            throw error("EXO-2002", node, "expected a date YYYY-MM-DD, got '" + scalar(node) + "'");
        }
    }

    private Law.Status status(Node node) {
        try {
            return Law.Status.valueOf(scalar(node).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error("EXO-2003", node, "status must be verified, secondary, inference, unverified or unsettled");
        }
    }

    private void code(Node node, String list) {
        var allowed = vocabulary.list(list);
        if (!allowed.contains(scalar(node)))
            throw error("EXO-2003", node, "'" + scalar(node) + "' is not one of the " + list + " in vocabulary.yaml");
    }

    private static Set<String> with(Set<String> base, String... more) {
        var s = new java.util.HashSet<>(base);
        s.addAll(List.of(more));
        return s;
    }

    private Law.Origin origin(Node node) {
        return new Law.Origin(file, node == null ? 0 : node.getStartMark().getLine() + 1);
    }

    private RulebookException error(String code, Node node, String message) {
        return new RulebookException(code, origin(node) + ": " + message);
    }
}
