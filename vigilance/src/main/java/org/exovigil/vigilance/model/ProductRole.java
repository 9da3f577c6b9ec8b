package org.exovigil.vigilance.model;

/** ICH E2B(R3) G.k.1 characterisation of the drug role. */
public enum ProductRole implements Coded {
    SUSPECT("suspect", 1),
    CONCOMITANT("concomitant", 2),
    INTERACTING("interacting", 3),
    NOT_ADMINISTERED("not_administered", 4);

    private final String code;
    private final int e2bCode;

    ProductRole(String code, int e2bCode) {
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

    /** E2B counts an interacting drug as suspected too (ICH E2B(R3) IG §3.3.1, minimum criteria). */
    public boolean isSuspected() {
        return this == SUSPECT || this == INTERACTING;
    }
}
