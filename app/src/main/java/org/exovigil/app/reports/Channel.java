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

    public String code() {
        return code;
    }

    static java.util.List<String> codes() {
        return java.util.Arrays.stream(values()).map(Channel::code).toList();
    }
}
