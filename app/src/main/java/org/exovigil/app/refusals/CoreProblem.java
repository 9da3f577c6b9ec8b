package org.exovigil.app.refusals;

import java.io.Serializable;
import java.util.List;
import org.exovigil.vigilance.ProblemCode;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A code of the vigilance core, where the app refuses with a problem the core found (a verification step, a
 * report). The core words its detail in English only, so the detail is shown as it is, and a reader of another
 * language also gets the code's meaning ({@code problem.EXO-nnnn}) beside it, through {@code problem.shown}.
 */
public record CoreProblem(ProblemCode problem) implements RefusalCode, Serializable {

    /** The key of the code's meaning, one line in each language. */
    public static String meaningKey(ProblemCode problem) {
        return "problem." + problem.id();
    }

    @Override
    public String id() {
        return problem.id();
    }

    /** One text for every core problem: the detail, and in a language other than English its meaning. */
    @Override
    public String messageKey() {
        return "problem.shown";
    }

    @Override
    public Object[] arguments(List<String> particulars) {
        return new Object[] {particulars.getFirst(), new DefaultMessageSourceResolvable(meaningKey(problem))};
    }
}
