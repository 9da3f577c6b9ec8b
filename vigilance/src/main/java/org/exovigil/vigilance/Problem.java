package org.exovigil.vigilance;

import java.util.Objects;

/**
 * One thing wrong with an input, as a user should read it:
 * {@code EXO-1203: reactions[0].onset: expected a date (YYYY-MM-DD), got "18/11"}.
 *
 * @param code    stable code; tests and clients rely on it, the wording may change
 * @param path    the field at fault, in the JSON naming of {@code spec/report.md}
 *                ({@code reactions[0].onset}); empty for the input as a whole
 * @param message what was expected and what was found
 */
public record Problem(ProblemCode code, String path, String message) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static Problem of(ProblemCode code, String message) {
        return new Problem(code, "", message);
    }

    /** The same problem seen from the enclosing object: {@code onset} under {@code reactions[0]}. */
    public Problem under(String parent) {
        if (parent.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Problem(code, joined, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? code.id() + ": " + message : code.id() + ": " + path + ": " + message;
    }
}
