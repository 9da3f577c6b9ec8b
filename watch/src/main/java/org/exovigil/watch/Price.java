package org.exovigil.watch;

import java.math.BigDecimal;

/** A money amount stated on the page, with its ISO 4217 currency and the text it was read from. */
public record Price(BigDecimal amount, String currency, String text) {}
