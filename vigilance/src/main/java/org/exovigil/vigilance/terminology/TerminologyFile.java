package org.exovigil.vigilance.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One bundled terminology data file (YAML), read field by field; every error names the file and the entry at
 * fault, so a broken file fails the build's tests with a message a reviewer can act on.
 */
record TerminologyFile(String resource, Map<?, ?> root) {

    static TerminologyFile bundled(String resource) {
        try (InputStream in = TerminologyFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": missing from the class path");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource + ": unreadable", e);
        }
    }

    static TerminologyFile parse(String resource, String yaml) {
        try {
            Object root = new Yaml(new DatesAsText()).load(yaml);
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalStateException(resource + ": expected a mapping at the top");
            }
            return new TerminologyFile(resource, map);
        } catch (YAMLException e) {
            throw new IllegalStateException(resource + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    LocalDate date(Map<?, ?> fields, String key, String where) {
        String text = text(fields, key, where);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw failure(where + "." + key + ": expected a date (YYYY-MM-DD), got \"" + text + "\"");
        }
    }

    String text(Map<?, ?> fields, String key, String where) {
        String value = optionalText(fields, key, where);
        if (value == null || value.isBlank()) {
            throw failure(where + "." + key + ": expected a text");
        }
        return value;
    }

    String optionalText(Map<?, ?> fields, String key, String where) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw failure(where + "." + key + ": expected a text, got a "
                    + value.getClass().getSimpleName());
        }
        return String.valueOf(value).strip();
    }

    Long optionalNumber(Map<?, ?> fields, String key, String where) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw failure(where + "." + key + ": expected a number, got \"" + value + "\"");
    }

    List<String> texts(Map<?, ?> fields, String key, String where) {
        Object value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw failure(where + "." + key + ": expected a list");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String) && !(list.get(i) instanceof Number)) {
                throw failure(where + "." + key + "[" + i + "]: expected a text");
            }
        }
        return list.stream().map(o -> String.valueOf(o).strip()).toList();
    }

    List<Map<?, ?>> entries(String key) {
        if (!(root.get(key) instanceof List<?> list)) {
            throw failure(key + ": expected a list");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?>)) {
                throw failure(key + "[" + i + "]: expected a mapping");
            }
        }
        return list.stream().<Map<?, ?>>map(o -> (Map<?, ?>) o).toList();
    }

    IllegalStateException failure(String message) {
        return new IllegalStateException(resource + ": " + message);
    }

    /** Keeps YAML dates as text, so that {@link LocalDate#parse} judges them (SnakeYAML reads 2026-02-30 as 2 March). */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
