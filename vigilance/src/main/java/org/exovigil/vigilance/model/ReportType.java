package org.exovigil.vigilance.model;

/** ICH E2B(R3) C.1.3 type of report. */
public enum ReportType implements Coded {
    SPONTANEOUS("spontaneous", 1),
    STUDY("study", 2),
    OTHER("other", 3),
    NOT_AVAILABLE_TO_SENDER("not_available_to_sender", 4);

    private final String code;
    private final int e2bCode;

    ReportType(String code, int e2bCode) {
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
