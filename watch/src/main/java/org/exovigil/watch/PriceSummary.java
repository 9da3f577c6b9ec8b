package org.exovigil.watch;

import java.math.BigDecimal;

/**
 * The prices of one currency across marketing businesses (prices.csv): how many businesses list one,
 * and the least, median and greatest amount, with their US dollar values where a rate is known.
 */
public record PriceSummary(
        String currency,
        int n,
        BigDecimal min,
        BigDecimal median,
        BigDecimal max,
        BigDecimal minUsd,
        BigDecimal medianUsd,
        BigDecimal maxUsd) {}
