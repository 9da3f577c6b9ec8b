package org.exovigil.app.signals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.exovigil.signals.MixturePrior;
import org.springframework.stereotype.Component;

/** A statistic as the signals pages show it ({@code @statisticText.of(row.prr())} in a template). */
@Component
public class StatisticText {

    /** Two decimals, "∞" for an infinity, "–" when undefined. */
    public String of(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Three significant digits, in plain notation: a fitted parameter such as the prior's is an estimate,
     * and its sixteen digits of double precision claim an accuracy the fit does not have.
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
}
