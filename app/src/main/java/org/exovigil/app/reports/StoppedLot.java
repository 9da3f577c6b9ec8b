package org.exovigil.app.reports;

import java.time.Instant;
import org.exovigil.app.products.LotRestrictions;

/**
 * A lot a report names that the regulator has put on hold or recalled, as the reporter may read it: the
 * product, the lot, which of the two and since when. Why, and which signal did it, stay with the regulator.
 */
public record StoppedLot(String product, String lot, boolean recalled, Instant since) {

    static StoppedLot of(LotRestrictions.Restriction restriction) {
        return new StoppedLot(
                restriction.productName(), restriction.lotNumber(), restriction.recalled(), restriction.since());
    }
}
