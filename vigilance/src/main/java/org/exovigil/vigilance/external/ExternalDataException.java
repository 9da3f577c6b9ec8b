package org.exovigil.vigilance.external;

import java.util.Objects;
import org.exovigil.vigilance.Problem;

/**
 * A public data file that cannot be read as its format says: missing or unreadable (EXO-1215), or with a
 * row that does not fit its header (EXO-1214), its path being {@code FILE:line}. The only exception the
 * readers of this package throw; its message is the problem as a user should read it.
 */
public final class ExternalDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ExternalDataException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
