package org.exovigil.vigilance.e2b;

import java.util.Objects;

/**
 * One rule of an export profile that a report breaks, as a user should read it:
 * {@code C.2.r.4[0]: expected the qualification of the primary source for regulatory purposes (ICH-C.2.r.4)}.
 *
 * @param rule     the rule's stable id in {@code profile-rules.csv}, e.g. {@code ICH-C.2.r.4}; tests match on it
 * @param element  the E2B element number, with the index of its repeat where it repeats ({@code G.k.2.2[1]})
 * @param expected what the receiver expects there, and what was found when something was
 * @param source   the document and section the rule comes from
 */
public record ProfileFinding(String rule, String element, String expected, String source) {

    public ProfileFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return "%s: expected %s (%s)".formatted(element, expected, rule);
    }
}
