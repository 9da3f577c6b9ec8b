package org.exovigil.app.signalmanagement;

import java.util.List;
import java.util.UUID;
import org.exovigil.app.watch.UnlawfulMarketing;
import org.exovigil.vigilance.signal.SignalSource;

/**
 * A signal as its source gives it: the source, and what the register knows of it.
 *
 * @param productId   the product concerned, or null when the source names none the register holds
 * @param productName its name, for the disproportionality table; null with no product
 * @param lotId       the lot concerned, or null
 * @param cases       the cases of its series
 * @param pages       the marketing pages of a rise in unlawful marketing, its evidence; empty for other sources
 */
record RaisedSignal(
        SignalSource source,
        Long productId,
        String productName,
        Long lotId,
        List<UUID> cases,
        List<UnlawfulMarketing.EvidencePage> pages) {

    RaisedSignal {
        cases = List.copyOf(cases);
        pages = List.copyOf(pages);
    }

    RaisedSignal(SignalSource source, Long productId, String productName, Long lotId, List<UUID> cases) {
        this(source, productId, productName, lotId, cases, List.of());
    }
}
