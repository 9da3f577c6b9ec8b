package org.exovigil.app.refusals;

/**
 * What a request came to: done, with what it made, or refused for a reason the user can act on. A failure that is
 * nobody's reason (a bug, a lost database) is an exception instead, never an outcome.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {}

    record Refused<T>(Refusal refusal) implements Outcome<T> {}

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    /** Done, when nothing but the doing is asked for. */
    static Outcome<Void> done() {
        return new Done<>(null);
    }

    static <T> Outcome<T> refused(RefusalCode code, Object... particulars) {
        return new Refused<>(Refusal.of(code, particulars));
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default boolean isDone() {
        return this instanceof Done<T>;
    }

    /** The refusal; throws when done, which is a programming error in the caller. */
    default Refusal refusal() {
        return switch (this) {
            case Refused<T>(Refusal refusal) -> refusal;
            case Done<T> done -> throw new IllegalStateException("not refused");
        };
    }

    /** What was made; throws when refused, which is a programming error in the caller. */
    default T value() {
        return switch (this) {
            case Done<T>(T value) -> value;
            case Refused<T>(Refusal refusal) -> throw new IllegalStateException("refused: " + refusal);
        };
    }
}
