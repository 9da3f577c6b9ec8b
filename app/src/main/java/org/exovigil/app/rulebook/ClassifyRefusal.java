package org.exovigil.app.rulebook;

import org.exovigil.app.refusals.RefusalCode;

/**
 * Why the classification API refuses a query parameter. The id is the rulebook's own code for a field of the
 * wrong type or format ({@code RulebookException}), which the API documents for its parameters too. The text is
 * {@code refusal.EXO-nnnn} in the message files.
 */
public enum ClassifyRefusal implements RefusalCode {
    /** {0}: the parameter; {1}: what it takes; {2}: what it got. */
    PARAMETER("EXO-2102");

    private final String id;

    ClassifyRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
