package org.exovigil.vigilance.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.TextCharacters;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object, adding a problem with the field's path for each value of the
 * wrong type or format and for each field the format does not define. JSON {@code null} and an absent
 * field both mean "not reported".
 */
final class JsonFields {

    private final JsonNode object;
    private final String path;
    private final List<Problem> problems;

    JsonFields(JsonNode object, String path, List<Problem> problems, Set<String> known) {
        this.object = object;
        this.path = path;
        this.problems = problems;
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(new Problem(
                        ProblemCode.UNKNOWN_FIELD,
                        at(name),
                        "expected one of " + known.stream().sorted().toList() + ", got \"" + name + "\""));
            }
        }
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode node(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    String text(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            problems.add(new Problem(ProblemCode.WRONG_TYPE, at(name), "expected a text, got " + shown(node)));
            return null;
        }
        var disallowed = TextCharacters.firstDisallowed(node.stringValue());
        if (disallowed.isPresent()) {
            problems.add(new Problem(
                    ProblemCode.CONTROL_CHARACTER,
                    at(name),
                    "expected text without control characters, got " + disallowed.get()));
            return null;
        }
        return node.stringValue();
    }

    LocalDate date(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        try {
            if (node.isString()) {
                return LocalDate.parse(node.stringValue());
            }
        } catch (DateTimeParseException e) {
            // reported below with the value as sent
        }
        problems.add(new Problem(ProblemCode.NOT_A_DATE, at(name), "expected a date (YYYY-MM-DD), got " + shown(node)));
        return null;
    }

    /** A date to the precision known: YYYY, YYYY-MM, YYYY-MM-DD or with a time (YYYY-MM-DDThh:mm[:ss][+hh:mm]). */
    PartialDate partialDate(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        PartialDate date = node.isString() ? PartialDate.ofIso(node.stringValue()) : null;
        if (date == null) {
            problems.add(new Problem(
                    ProblemCode.NOT_A_DATE,
                    at(name),
                    "expected a date (YYYY, YYYY-MM or YYYY-MM-DD, with a time if known), got " + shown(node)));
        }
        return date;
    }

    /** A date and time with its offset from UTC, ISO 8601 (e.g. 2022-06-14T10:10:10-05:00). */
    OffsetDateTime dateTime(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        try {
            if (node.isString()) {
                return OffsetDateTime.parse(node.stringValue());
            }
        } catch (DateTimeParseException e) {
            // reported below with the value as sent
        }
        problems.add(new Problem(
                ProblemCode.NOT_A_DATE,
                at(name),
                "expected a date and time with its offset (YYYY-MM-DDThh:mm:ss+hh:mm), got " + shown(node)));
        return null;
    }

    Integer integer(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(new Problem(ProblemCode.WRONG_TYPE, at(name), "expected a whole number, got " + shown(node)));
            return null;
        }
        return node.intValue();
    }

    Boolean bool(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            problems.add(new Problem(ProblemCode.WRONG_TYPE, at(name), "expected true or false, got " + shown(node)));
            return null;
        }
        return node.booleanValue();
    }

    BigDecimal decimal(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new Problem(ProblemCode.WRONG_TYPE, at(name), "expected a number, got " + shown(node)));
            return null;
        }
        return node.decimalValue();
    }

    <E extends Enum<E> & Coded> E code(String name, Class<E> type) {
        return code(node(name), at(name), type);
    }

    <E extends Enum<E> & Coded> E code(JsonNode node, String at, Class<E> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        E value = node.isString() ? Coded.fromCode(type, node.stringValue()).orElse(null) : null;
        if (value == null) {
            problems.add(new Problem(
                    ProblemCode.NOT_IN_CODE_LIST,
                    at,
                    "expected one of %s, got %s".formatted(Coded.codesOf(type), shown(node))));
        }
        return value;
    }

    /** A nested object, or null with a problem when the value is not an object. */
    JsonFields object(String name, Set<String> known) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new Problem(ProblemCode.WRONG_TYPE, at(name), "expected an object, got " + shown(node)));
            return null;
        }
        return new JsonFields(node, at(name), problems, known);
    }

    /** Each element of an array, read by {@code element} from its node and its path. */
    <T> List<T> array(String name, BiFunction<JsonNode, String, T> element) {
        return array(name, Integer.MAX_VALUE, element);
    }

    /** As {@link #array(String, BiFunction)}, refusing more than {@code max} elements before reading any. */
    <T> List<T> array(String name, int max, BiFunction<JsonNode, String, T> element) {
        JsonNode node = node(name);
        if (node != null && node.isArray() && node.size() > max) {
            problems.add(new Problem(
                    ProblemCode.TOO_MANY,
                    at(name),
                    "expected at most %d elements, got %d".formatted(max, node.size())));
            return new ArrayList<>();
        }
        List<T> items = new ArrayList<>();
        if (node == null) {
            return items;
        }
        if (!node.isArray()) {
            problems.add(new Problem(ProblemCode.WRONG_TYPE, at(name), "expected an array, got " + shown(node)));
            return items;
        }
        for (int i = 0; i < node.size(); i++) {
            T item = element.apply(node.get(i), "%s[%d]".formatted(at(name), i));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** Keeps a model factory's value, or moves its problems under this object's path. */
    <T> T accept(Checked<T> checked) {
        checked.under(path).problems().forEach(problems::add);
        return checked.isAccepted() ? checked.value() : null;
    }

    /** The value as sent, shortened, so a message never echoes a whole narrative. */
    static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "...\"" : text;
    }
}
