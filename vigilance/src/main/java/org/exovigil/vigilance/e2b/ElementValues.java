package org.exovigil.vigilance.e2b;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.ReportedTerm;

/**
 * Reads the values of one message's elements, adding a {@link Problem} for each value that is not what
 * its E2B element allows, and a note (EXO-1213) for each value the case model can hold only
 * approximately. Paths are E2B element numbers with the index of their repeating section, e.g. {@code
 * E.i.4[1]}; messages end with the line the element starts on.
 */
final class ElementValues {

    /** HL7 TS: CCYY[MM[DD[HH[MM[SS[.U+]]]]]][+|-ZZzz] (ICH IG §3.3.7, dates and times). */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})(\\d{2})?(\\d{2})?(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\.\\d{1,4})?)?)?)?(?:[+-]\\d{4})?");

    /** An HL7 TS down to the second with its zone, as C.1.4 and C.1.5 may be sent (FDA's examples do). */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{14})(?:\\.\\d{1,4})?([+-]\\d{4})");

    private static final DateTimeFormatter SECONDS_WITH_ZONE = DateTimeFormatter.ofPattern("yyyyMMddHHmmssxx");

    private static final Pattern REAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final List<Problem> problems;
    private final List<Problem> notes;

    ElementValues(List<Problem> problems, List<Problem> notes) {
        this.problems = problems;
        this.notes = notes;
    }

    static String at(String element, int index) {
        return index < 0 ? element : element + "[" + index + "]";
    }

    static String line(XmlElement e) {
        return e == null || e.line() <= 0 ? "" : " (line %d)".formatted(e.line());
    }

    void problem(ProblemCode code, String path, String message, XmlElement where) {
        problems.add(new Problem(code, path, message + line(where)));
    }

    void note(String path, String message, XmlElement where) {
        notes.add(new Problem(ProblemCode.NOT_REPRESENTED, path, message + line(where)));
    }

    /** The identifier with this root among the {@code id} children of {@code parent}, or null. */
    static String id(XmlElement parent, String root) {
        if (parent == null) {
            return null;
        }
        for (XmlElement id : parent.children("id")) {
            if (root.equals(id.attribute("root"))) {
                return id.attribute("extension");
            }
        }
        return null;
    }

    /** The {@code value} attribute of an element, or null when absent or a null flavour. */
    static String valueOf(XmlElement e) {
        return e == null || e.isNull() ? null : blankToNull(e.attribute("value"));
    }

    /**
     * A term given as a CE: its MedDRA code (a cause of death, a condition, an indication) and the reporter's
     * words as {@code originalText}, either of which may be missing; null when both are.
     */
    static ReportedTerm reportedTerm(XmlElement value) {
        if (value == null) {
            return null;
        }
        String code = value.isNull() ? null : blankToNull(value.attribute("code"));
        return ReportedTerm.of(
                blankToNull(value.childText("originalText")),
                code == null ? null : new CodedTerm("meddra", blankToNull(value.attribute("codeSystemVersion")), code));
    }

    /** A country code as sent; the IG allows either case (FDA's own examples write "eu"). */
    static String country(XmlElement code) {
        String value = code == null || code.isNull() ? null : blankToNull(code.attribute("code"));
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * A date that must be complete (C.1.4, C.1.5): null when absent, a problem when it is not a calendar
     * day. A time of day and a time zone may follow; the date is the sender's calendar day.
     */
    LocalDate fullDate(XmlElement e, String path) {
        String value = valueOf(e);
        if (value == null) {
            return null;
        }
        Matcher m = TIMESTAMP.matcher(value);
        if (m.matches() && m.group(3) != null) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e2) {
                // reported below
            }
        }
        problem(ProblemCode.NOT_A_DATE, path, "expected a date CCYYMMDD, got \"%s\"".formatted(shown(value)), e);
        return null;
    }

    /**
     * A CE value's code, or its null flavour (e.g. NA) where a regional element lets the sender say why there is
     * no code; null when neither.
     */
    static String codeOrNullFlavor(XmlElement value) {
        if (value == null) {
            return null;
        }
        NullFlavor flavor = NullFlavor.of(value.attribute("nullFlavor"));
        return flavor != null ? flavor.code() : blankToNull(value.attribute("code"));
    }

    /** The attributes that write {@link #codeOrNullFlavor} back: the code in its system, or the null flavour. */
    static String[] codeOrNullFlavor(String code, String codeSystem) {
        return NullFlavor.of(code) != null
                ? new String[] {"nullFlavor", code}
                : new String[] {"code", code, "codeSystem", codeSystem};
    }

    /** The attributes with {@code xsi:type} first, as the writer lays values out. */
    static String[] withType(String type, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "xsi:type";
        all[1] = type;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return all;
    }

    /** A date to the precision sent (D.7.1.r.2/4, D.8.r.4/5): a year, a month, a day, or with a time of day. */
    PartialDate partialDate(XmlElement e, String path) {
        String value = valueOf(e);
        if (value == null) {
            return null;
        }
        PartialDate date = PartialDate.ofTs(value);
        if (date == null) {
            problem(
                    ProblemCode.NOT_A_DATE,
                    path,
                    "expected a date CCYY[MM[DD[hhmm[ss]]]][+ZZzz], got \"%s\"".formatted(shown(value)),
                    e);
        }
        return date;
    }

    /** The value as an instant in its zone when it carries a time of day to the second and a zone; else null. */
    static OffsetDateTime timeOfDay(XmlElement e) {
        String value = e == null || e.isNull() ? null : blankToNull(e.attribute("value"));
        Matcher m = value == null ? null : TIME_OF_DAY.matcher(value);
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(m.group(1) + m.group(2), SECONDS_WITH_ZONE);
        } catch (DateTimeParseException ex) {
            return null; // read as a date, with its problem, by fullDate
        }
    }

    /**
     * A date that E2B allows to be partial (E.i.4, F.r.1, G.k.4.r.4): the model holds calendar days only,
     * so a year or a year and month is noted and read as unknown.
     */
    LocalDate date(XmlElement e, String path) {
        String value = valueOf(e);
        if (value == null) {
            return null;
        }
        Matcher m = TIMESTAMP.matcher(value);
        if (m.matches() && m.group(3) == null) {
            note(path, "date \"%s\" has no day; read as unknown".formatted(value), e);
            return null;
        }
        return fullDate(e, path);
    }

    /**
     * A decimal number in the {@code value} attribute (HL7 REAL without an exponent, at most 40
     * characters: no age, weight or dose needs more, and a huge exponent could not be rounded in bounded
     * time), or null with a problem.
     */
    BigDecimal decimal(XmlElement e, String path) {
        String value = valueOf(e);
        if (value == null) {
            return null;
        }
        if (REAL.matcher(value).matches() && value.length() <= 40) {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException ex) {
                // reported below
            }
        }
        problem(ProblemCode.WRONG_TYPE, path, "expected a number, got \"%s\"".formatted(shown(value)), e);
        return null;
    }

    /** An E2B-coded value: the enum constant whose code is the {@code code} attribute of {@code e}. */
    <E extends Enum<E>> E code(XmlElement e, String path, Class<E> type, ToIntFunction<E> e2bCode) {
        String code = e == null || e.isNull() ? null : blankToNull(e.attribute("code"));
        if (code == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (Integer.toString(e2bCode.applyAsInt(constant)).equals(code.strip())) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(e2bCode.applyAsInt(constant));
        }
        problem(
                ProblemCode.NOT_IN_CODE_LIST,
                path,
                "expected one of %s, got \"%s\"".formatted(allowed, shown(code)),
                e);
        return null;
    }

    /** An HL7 BL: true, false, or null for a null flavour or no element. */
    Boolean bool(XmlElement e, String path) {
        String value = valueOf(e);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(ProblemCode.WRONG_TYPE, path, "expected true or false, got \"%s\"".formatted(shown(value)), e);
                yield null;
            }
        };
    }

    /**
     * The value of a model factory, or null with its problems moved to E2B paths: {@code fields} names
     * the element of each field of the factory ({@code term} is E.i.1.1a), {@code index} the repeat.
     */
    <T> T accept(Checked<T> checked, Map<String, String> fields, int index) {
        for (Problem p : checked.problems()) {
            problems.add(new Problem(p.code(), at(fields.getOrDefault(p.path(), p.path()), index), p.message()));
        }
        return checked.isAccepted() ? checked.value() : null;
    }

    /**
     * The problems without the "missing" that a factory adds for a value this reader already rejected in
     * its format (a C.1.4 that is not a date is also missing to the model); saying it twice helps no one.
     */
    static List<Problem> withoutEchoes(List<Problem> problems) {
        Set<String> faulty = new HashSet<>();
        for (Problem p : problems) {
            if (p.code() != ProblemCode.MISSING) {
                faulty.add(p.path());
            }
        }
        return problems.stream()
                .filter(p -> p.code() != ProblemCode.MISSING || !faulty.contains(p.path()))
                .toList();
    }

    /** A value as sent, shortened, so a message never echoes a whole narrative. */
    static String shown(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
