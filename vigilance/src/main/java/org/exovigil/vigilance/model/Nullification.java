package org.exovigil.vigilance.model;

import java.util.Objects;

/**
 * ICH E2B(R3) C.1.11: a version that nullifies the whole case (C.1.11.1 = 1) or amends it without new
 * information (C.1.11.1 = 2), with the reason (C.1.11.2, up to 2000 characters).
 */
public record Nullification(Kind kind, String reason) {

    public enum Kind implements Coded {
        NULLIFICATION("nullification", 1),
        AMENDMENT("amendment", 2);

        private final String code;
        private final int e2bCode;

        Kind(String code, int e2bCode) {
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

    public Nullification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
