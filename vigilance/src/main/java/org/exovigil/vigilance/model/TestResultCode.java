package org.exovigil.vigilance.model;

/** ICH E2B(R3) F.r.3.1 test result (code): how the result reads, when no value is given or beside it. */
public enum TestResultCode implements Coded {
    POSITIVE("positive", 1),
    NEGATIVE("negative", 2),
    BORDERLINE("borderline", 3),
    INCONCLUSIVE("inconclusive", 4);

    private final String code;
    private final int e2bCode;

    TestResultCode(String code, int e2bCode) {
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
