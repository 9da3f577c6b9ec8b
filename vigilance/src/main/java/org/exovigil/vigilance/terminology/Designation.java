package org.exovigil.vigilance.terminology;

import java.util.Objects;

/**
 * One name by which a code may be found: a concept's preferred name, a synonym or a lay term of Exovigil's open
 * vocabulary, or a MedDRA lowest level term (LLT) name when the user has MedDRA.
 *
 * @param code     the code the name leads to (an {@code EXO:} concept id, or a MedDRA LLT code)
 * @param text     the name as written
 * @param language {@code en} or {@code ja}
 */
public record Designation(String code, String text, String language) {

    public Designation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
