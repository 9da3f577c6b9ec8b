package org.exovigil.app.signalmanagement;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.exovigil.app.watch.UnlawfulMarketing;
import org.exovigil.vigilance.signal.MarketingRiseRule;
import org.exovigil.vigilance.signal.SignalSource;
import org.springframework.stereotype.Component;

/**
 * Rises in unlawful marketing of a product type, by the reviewed rule ({@code vigilance/marketing-rise.yaml}):
 * the signals list offers each as a source, and a signal raised from one carries the new pages as its evidence.
 */
@Component
class MarketingRises {

    private final UnlawfulMarketing marketing;
    private final Clock clock;
    private final MarketingRiseRule rule = MarketingRiseRule.bundled();

    MarketingRises(UnlawfulMarketing marketing, Clock clock) {
        this.marketing = marketing;
        this.clock = clock;
    }

    MarketingRiseRule rule() {
        return rule;
    }

    /** The product types whose unlawful marketing has risen now, with their counts. */
    List<UnlawfulMarketing.Counts> now() {
        return marketing.counts(clock.instant(), rule.windowDays()).stream()
                .filter(counts -> rule.risen(counts.recent(), counts.earlier()))
                .toList();
    }

    /** A rise as a signal's source, with the recent pages as its evidence; empty when the type has not risen. */
    Optional<RaisedSignal> raised(String productType) {
        return now().stream()
                .filter(counts -> counts.productType().equals(productType))
                .findFirst()
                .map(counts -> new RaisedSignal(
                        new SignalSource(
                                SignalSource.Kind.UNLAWFUL_MARKETING,
                                productType,
                                "%s: %d new unlawful marketing pages in %d days (%d in the %d days before)"
                                        .formatted(
                                                productType,
                                                counts.recent(),
                                                rule.windowDays(),
                                                counts.earlier(),
                                                rule.windowDays())),
                        null,
                        null,
                        null,
                        List.of(),
                        marketing.pages(productType, clock.instant(), rule.windowDays())));
    }
}
