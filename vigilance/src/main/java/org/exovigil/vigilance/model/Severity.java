package org.exovigil.vigilance.model;

/**
 * How intense a reaction was (mild, moderate, severe): FHIR R4 AdverseEvent.severity, whose value set is
 * required. Not seriousness (ICH E2A §II.B): a severe headache may be non-serious. ICH E2B(R3) has no element
 * for it, so it is kept as another system sent it.
 */
public enum Severity implements Coded {
    MILD("mild"),
    MODERATE("moderate"),
    SEVERE("severe");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
