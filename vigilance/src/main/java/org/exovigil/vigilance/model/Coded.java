package org.exovigil.vigilance.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value from a code list: {@link #code()} is Exovigil's lower_snake_case code (the JSON value, see
 * {@code spec/vocabulary.md}); E2B-coded lists also give their ICH E2B(R3) code.
 */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equals(code))
                .findFirst();
    }

    /** The codes of a list, for messages such as {@code expected one of male, female, unknown}. */
    static <E extends Enum<E> & Coded> String codesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
