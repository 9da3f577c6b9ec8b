package org.exovigil.vigilance.model;

/** ICH E2B(R3) C.3.1 sender type. */
public enum SenderType implements Coded {
    PHARMACEUTICAL_COMPANY("pharmaceutical_company", 1),
    REGULATORY_AUTHORITY("regulatory_authority", 2),
    HEALTH_PROFESSIONAL("health_professional", 3),
    REGIONAL_PHARMACOVIGILANCE_CENTRE("regional_pharmacovigilance_centre", 4),
    WHO_COLLABORATING_CENTRE("who_collaborating_centre", 5),
    OTHER("other", 6),
    PATIENT_OR_CONSUMER("patient_or_consumer", 7);

    private final String code;
    private final int e2bCode;

    SenderType(String code, int e2bCode) {
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
