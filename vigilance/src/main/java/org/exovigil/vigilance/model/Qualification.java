package org.exovigil.vigilance.model;

/** ICH E2B(R3) C.2.r.4 qualification of the primary source. */
public enum Qualification implements Coded {
    PHYSICIAN("physician", 1),
    PHARMACIST("pharmacist", 2),
    OTHER_HEALTH_PROFESSIONAL("other_health_professional", 3),
    LAWYER("lawyer", 4),
    CONSUMER("consumer", 5);

    private final String code;
    private final int e2bCode;

    Qualification(String code, int e2bCode) {
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

    /** Physicians, pharmacists and other health professionals (E2B codes 1 to 3). */
    public boolean isHealthProfessional() {
        return e2bCode <= 3;
    }
}
