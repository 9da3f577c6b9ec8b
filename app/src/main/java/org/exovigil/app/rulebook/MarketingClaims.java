package org.exovigil.app.rulebook;

import java.util.LinkedHashSet;
import java.util.List;
import org.exovigil.rulebook.Offering;
import org.exovigil.watch.ClaimFlag;
import org.exovigil.watch.PageExtractor;

/**
 * Reads an offering's {@code marketing_text} with the watch extractor and adds the claims it finds to
 * the offering's own (shared/spec/classify.md), so the rulebook judges what the page says. Plain Java:
 * the command line uses it without Spring.
 */
public final class MarketingClaims {

    private final PageExtractor extractor = new PageExtractor();

    public Offering read(Offering offering) {
        String text = offering.marketingText();
        if (text == null || text.isBlank()) {
            return offering;
        }
        var claims = new LinkedHashSet<String>(offering.claims() == null ? List.of() : offering.claims());
        extractor.claimsOfMarketingText(text).stream()
                .map(ClaimFlag::code)
                .sorted()
                .forEach(claims::add);
        return offering.withClaims(List.copyOf(claims));
    }
}
