package org.exovigil.vigilance.model;

/** ICH E2B(R3) E.i.3.1, whether the reporter highlighted the term, and whether the reporter found it serious. */
public enum Highlighting implements Coded {
    HIGHLIGHTED_NOT_SERIOUS("highlighted_not_serious", 1),
    NOT_HIGHLIGHTED_NOT_SERIOUS("not_highlighted_not_serious", 2),
    HIGHLIGHTED_SERIOUS("highlighted_serious", 3),
    NOT_HIGHLIGHTED_SERIOUS("not_highlighted_serious", 4);

    private final String code;
    private final int e2bCode;

    Highlighting(String code, int e2bCode) {
        this.code = code;
        this.e2bCode = e2bCode;
    }

    @Override
    public String code() {
        return code;
    }

    public int e2bCode() {
        return e2bCode;
    }
}
