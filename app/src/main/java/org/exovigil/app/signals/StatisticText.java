package org.exovigil.app.signals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.exovigil.signals.MixturePrior;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A statistic as the signals pages show it ({@code @statisticText.estimate(row.prr(), row.prrLower(),
 * row.prrUpper())} in a template): three significant digits, and words where arithmetic gives none.
 *
 * <p>The statistics follow IEEE arithmetic (see {@code ContingencyTable}): when no report of the event
 * names another product the PRR is infinite and its Wald interval undefined, and with no report at all
 * it is undefined. A reader is told so in words ("not defined", "∞ (interval not defined)") rather than
 * shown {@code ∞ (––∞)}. The CSV download keeps full precision and {@code Inf}/{@code NaN}: it is data.
 */
@Component
public class StatisticText {

    private final MessageSource messages;

    public StatisticText(MessageSource messages) {
        this.messages = messages;
    }

    /** Three significant digits, "∞" for an infinity, words when undefined. */
    public String of(double value) {
        if (Double.isNaN(value)) {
            return word("signals.undefined");
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return significant(value);
    }

    /** A point estimate with its 95% interval, "2.5 (1.2–5.1)"; an undefined interval is said in words. */
    public String estimate(double value, double lower, double upper) {
        if (Double.isNaN(value)) {
            return word("signals.undefined");
        }
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return of(value) + " (" + word("signals.interval.undefined") + ")";
        }
        return of(value) + " (" + of(lower) + "–" + of(upper) + ")";
    }

    /** A point estimate with one bound, "1.2 (0.8)" as for IC (IC025). */
    public String withBound(double value, double bound) {
        if (Double.isNaN(value)) {
            return word("signals.undefined");
        }
        if (Double.isNaN(bound)) {
            return of(value) + " (" + word("signals.interval.undefined") + ")";
        }
        return of(value) + " (" + of(bound) + ")";
    }

    /**
     * Three significant digits, in plain notation: a statistic is an estimate, and the sixteen digits of
     * double precision claim an accuracy it does not have.
     */
    public String significant(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return of(value);
        }
        return new BigDecimal(value)
                .round(new MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** The shrinker's prior theta = (alpha1, beta1, alpha2, beta2, p), each to three significant digits. */
    public String prior(String theta) {
        MixturePrior prior = MixturePrior.parse(theta);
        return Arrays.stream(new double[] {prior.alpha1(), prior.beta1(), prior.alpha2(), prior.beta2(), prior.p()})
                .mapToObj(this::significant)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private String word(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }
}
