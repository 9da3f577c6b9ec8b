package org.exovigil.app.reports;

/** How a report arrived: the API (machine senders), the public form (patients), the professional form. */
public enum Channel {
    API("api"),
    PUBLIC_FORM("public_form"),
    PROFESSIONAL_FORM("professional_form");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
