package org.exovigil.app.refusals;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.exovigil.vigilance.Problem;

/**
 * A request refused for a stated reason: the code, and the particulars its text names (a field, a period, a
 * plan number), already written for the user. Serializable because a refused form is shown after a redirect.
 */
public record Refusal(RefusalCode code, List<String> particulars) implements Serializable {

    public Refusal {
        Objects.requireNonNull(code, "code");
        particulars = List.copyOf(particulars);
    }

    public static Refusal of(RefusalCode code, Object... particulars) {
        return new Refusal(code, Arrays.stream(particulars).map(String::valueOf).toList());
    }

    /** A problem the vigilance core found, refused as the core words it (see {@link CoreProblem}). */
    public static Refusal of(Problem problem) {
        String detail = problem.path().isEmpty() ? problem.message() : problem.path() + ": " + problem.message();
        return new Refusal(new CoreProblem(problem.code()), List.of(detail));
    }

    /** The arguments of the code's message. */
    public Object[] arguments() {
        return code.arguments(particulars);
    }
}
