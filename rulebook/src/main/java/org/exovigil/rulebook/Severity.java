package org.exovigil.rulebook;

/** How bad a finding is: unlawful or false, misleading or a known risk, or plain information. */
public enum Severity {
    VIOLATION,
    WARNING,
    INFO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
