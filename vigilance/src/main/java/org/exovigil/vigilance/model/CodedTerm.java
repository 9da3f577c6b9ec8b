package org.exovigil.vigilance.model;

import java.util.Objects;

/**
 * A reaction coded in a terminology: ICH E2B(R3) E.i.2.1a (version) and E.i.2.1b (code). MedDRA is
 * licensed, so the terminology is named: {@code meddra} with the user's release, or Exovigil's own
 * open event vocabulary.
 *
 * @param terminology e.g. {@code meddra} or {@code exovigil}
 * @param version     E.i.2.1a, e.g. {@code 27.1}
 * @param code        E.i.2.1b, e.g. a MedDRA LLT code
 */
public record CodedTerm(String terminology, String version, String code) {

    public CodedTerm {
        Objects.requireNonNull(terminology, "terminology");
        Objects.requireNonNull(code, "code");
    }

    /** E.g. "MedDRA 10027940": without a licensed dictionary the code is what can be shown. */
    public String label() {
        String name = terminology.equalsIgnoreCase("meddra") ? "MedDRA" : terminology;
        return name + " " + code;
    }
}
