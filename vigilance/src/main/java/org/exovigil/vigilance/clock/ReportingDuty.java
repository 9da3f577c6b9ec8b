package org.exovigil.vigilance.clock;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.model.ProductType;

/**
 * One duty to report a case: who must be told, of which cases, within how many calendar days of day 0,
 * and on what legal basis.
 *
 * @param id            stable identifier, e.g. {@code us.ind.fatal}
 * @param jurisdiction  an ISO 3166 country code, a group named in the duties file ({@code EU}), or
 *                      {@code *} for Exovigil's voluntary duties
 * @param regime        the regime in words, e.g. "US IND safety report"
 * @param setting       trial or practice
 * @param productTypes  the product types the regime covers
 * @param recipient     to whom the report goes
 * @param condition     which cases it covers
 * @param days          calendar days after day 0, or after the end of the period for a periodic duty
 * @param periodDays    for a periodic duty, the length of the period counted from the anchor date
 *                      (ASRM: 60 days from the plan's submission); null for an expedited duty
 * @param voluntary     true for Exovigil's own clock, which no law imposes
 * @param basis         the source of the duty
 * @param effectiveFrom first day the duty is in force
 * @param effectiveTo   last day it is in force; null while it is
 */
public record ReportingDuty(
        String id,
        String jurisdiction,
        String regime,
        Setting setting,
        Set<ProductType> productTypes,
        String recipient,
        DutyCondition condition,
        int days,
        Integer periodDays,
        boolean voluntary,
        Basis basis,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    public ReportingDuty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        productTypes = Set.copyOf(productTypes);
    }

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean isPeriodic() {
        return periodDays != null;
    }

    /** A product of unknown type may fall under any regime, so it is matched by every duty. */
    public boolean covers(ProductType type) {
        return type == null || productTypes.contains(type);
    }
}
