package org.exovigil.vigilance.model;

import java.math.BigDecimal;

/**
 * A number with its unit as sent (UCUM or the unit code of the element), e.g. a cumulative dose of 150 mg or
 * an interval of 10 d.
 */
public record Quantity(BigDecimal value, String unit) {

    public Quantity {
        value = ElementRules.plain(value);
    }

    /** Null when neither is given. */
    public static Quantity of(BigDecimal value, String unit) {
        String u = ElementRules.trimmedOrNull(unit);
        return value == null && u == null ? null : new Quantity(value, u);
    }
}
