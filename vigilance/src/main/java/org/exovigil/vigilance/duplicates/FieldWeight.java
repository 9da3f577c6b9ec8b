package org.exovigil.vigilance.duplicates;

import java.util.Locale;
import java.util.Objects;

/**
 * What one field added to a pair's score, in words a reviewer can check against the two reports.
 *
 * @param field   the field compared
 * @param weight  its contribution in bits: positive for evidence of one case, negative against, 0 when
 *                either report leaves the field blank
 * @param finding what was seen, e.g. {@code onset 2 days apart}
 */
public record FieldWeight(Field field, double weight, String finding) {

    public FieldWeight {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(finding, "finding");
    }

    /** {@code onset 2 days apart (+4.0)}, with a true minus sign for weights against. */
    @Override
    public String toString() {
        return "%s (%s)".formatted(finding, signed(weight));
    }

    static String signed(double bits) {
        String number = String.format(Locale.ROOT, "%.1f", Math.abs(bits));
        return (bits < 0 && !number.equals("0.0") ? "−" : "+") + number;
    }
}
