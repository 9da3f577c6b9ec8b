package org.exovigil.vigilance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The result of building a value from untrusted input: the value, or every problem found (not only
 * the first, so a sender can fix a report in one round trip).
 */
public sealed interface Checked<T> {

    record Accepted<T>(T value) implements Checked<T> {}

    record Rejected<T>(List<Problem> problems) implements Checked<T> {
        public Rejected {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }

    static <T> Checked<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Checked<T> rejected(Problem first, Problem... more) {
        List<Problem> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(more));
        return new Rejected<>(all);
    }

    static <T> Checked<T> rejected(List<Problem> problems) {
        return new Rejected<>(problems);
    }

    /** Builds the value only when there are no problems, so a constructor never sees bad input. */
    static <T> Checked<T> unless(List<Problem> problems, Supplier<T> value) {
        return problems.isEmpty() ? accepted(value.get()) : rejected(problems);
    }

    default boolean isAccepted() {
        return this instanceof Accepted<T>;
    }

    default List<Problem> problems() {
        return this instanceof Rejected<T>(List<Problem> problems) ? problems : List.of();
    }

    /** The value; throws when rejected, which is a programming error in the caller. */
    default T value() {
        return switch (this) {
            case Accepted<T>(T value) -> value;
            case Rejected<T>(List<Problem> problems) -> throw new IllegalStateException("rejected: " + problems);
        };
    }

    default <R> Checked<R> map(Function<? super T, ? extends R> f) {
        return switch (this) {
            case Accepted<T>(T value) -> accepted(f.apply(value));
            case Rejected<T>(List<Problem> problems) -> rejected(problems);
        };
    }

    /** The same result with every problem's path placed under {@code parent}. */
    default Checked<T> under(String parent) {
        return switch (this) {
            case Accepted<T> accepted -> accepted;
            case Rejected<T>(List<Problem> problems) ->
                rejected(problems.stream().map(p -> p.under(parent)).toList());
        };
    }
}
