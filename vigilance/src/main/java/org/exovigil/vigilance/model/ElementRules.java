package org.exovigil.vigilance.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/** Checks shared by the factories: the maximum lengths of ICH E2B(R3) elements and ISO 3166 codes. */
final class ElementRules {

    /** ISO 3166-1 alpha-2 and EU, the European Union, which the ICH E2B(R3) IG allows wherever a country is coded. */
    private static final Set<String> COUNTRIES =
            Stream.concat(Stream.of(Locale.getISOCountries()), Stream.of("EU")).collect(Collectors.toUnmodifiableSet());

    private ElementRules() {}

    /**
     * Adds a problem when {@code text} is longer than its element allows (E2B lengths count characters),
     * or holds a character no element allows ({@link TextCharacters}).
     */
    static void maxLength(String field, String text, int max, List<Problem> problems) {
        allowedCharacters(field, text, problems);
        if (text != null && text.codePointCount(0, text.length()) > max) {
            problems.add(new Problem(
                    ProblemCode.TOO_LONG,
                    field,
                    "expected at most %d characters, got %d".formatted(max, text.codePointCount(0, text.length()))));
        }
    }

    /** An address's street lines (C.2.r.2.3, C.3.4.1), kept one per line: the IG's length holds for each. */
    static void maxLengthPerLine(String field, String text, int max, List<Problem> problems) {
        allowedCharacters(field, text, problems);
        if (text != null) {
            text.lines().forEach(line -> {
                if (line.codePointCount(0, line.length()) > max) {
                    problems.add(new Problem(
                            ProblemCode.TOO_LONG,
                            field,
                            "expected at most %d characters a line, got %d"
                                    .formatted(max, line.codePointCount(0, line.length()))));
                }
            });
        }
    }

    /** Every channel (JSON, form, E2B, FHIR) builds through the factories, so this is the one gate. */
    static void allowedCharacters(String field, String text, List<Problem> problems) {
        TextCharacters.firstDisallowed(text)
                .ifPresent(where -> problems.add(new Problem(
                        ProblemCode.CONTROL_CHARACTER,
                        field,
                        "expected text without control characters, got " + where)));
    }

    /** Adds a problem when a repeated element occurs more often than one report may carry it. */
    static void maxCount(String field, int count, int max, List<Problem> problems) {
        if (count > max) {
            problems.add(new Problem(
                    ProblemCode.TOO_MANY, field, "expected at most %d elements, got %d".formatted(max, count)));
        }
    }

    static void required(String field, String text, List<Problem> problems) {
        if (isBlank(text)) {
            problems.add(new Problem(ProblemCode.MISSING, field, "expected a non-empty text"));
        }
    }

    /** ISO 3166-1 alpha-2, as ICH E2B(R3) uses for every country element (e.g. C.2.r.3). */
    static void country(String field, String code, List<Problem> problems) {
        if (code != null && !COUNTRIES.contains(code)) {
            problems.add(new Problem(
                    ProblemCode.NOT_IN_CODE_LIST,
                    field,
                    "expected an ISO 3166-1 alpha-2 country code such as JP or US, or EU, got \"%s\"".formatted(code)));
        }
    }

    /** 58.50 and 58.5 are one quantity; without trailing zeros it compares and travels the same everywhere. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Blank text counts as not reported, so "" and absent mean the same to the minimum criteria. */
    static String trimmedOrNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
