package org.exovigil.watch;

import java.util.List;
import java.util.Set;

/**
 * What one page says, per shared/spec/extract.md. Code lists are ordered by first mention and have no
 * duplicates; every code has at least one {@link Evidence}.
 */
public record PageFacts(
        String source,
        String url,
        boolean marketing,
        String language,
        String country,
        List<String> productTypes,
        List<String> sources,
        String donor,
        List<String> indications,
        List<String> routes,
        List<Price> prices,
        Set<ClaimFlag> claims,
        List<Evidence> evidence) {

    public PageFacts {
        productTypes = List.copyOf(productTypes);
        sources = List.copyOf(sources);
        indications = List.copyOf(indications);
        routes = List.copyOf(routes);
        prices = List.copyOf(prices);
        claims = Set.copyOf(claims);
        evidence = List.copyOf(evidence);
    }

    public boolean claims(ClaimFlag flag) {
        return claims.contains(flag);
    }
}
