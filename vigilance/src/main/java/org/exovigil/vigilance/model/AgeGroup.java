package org.exovigil.vigilance.model;

/** ICH E2B(R3) D.2.3 patient age group (as per reporter). */
public enum AgeGroup implements Coded {
    FOETUS("foetus", 0),
    NEONATE("neonate", 1),
    INFANT("infant", 2),
    CHILD("child", 3),
    ADOLESCENT("adolescent", 4),
    ADULT("adult", 5),
    ELDERLY("elderly", 6);

    private final String code;
    private final int e2bCode;

    AgeGroup(String code, int e2bCode) {
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
