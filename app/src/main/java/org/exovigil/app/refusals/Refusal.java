package org.exovigil.app.refusals;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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

    /** The arguments of the code's message, in order. */
    public Object[] arguments() {
        return particulars.toArray();
    }
}
