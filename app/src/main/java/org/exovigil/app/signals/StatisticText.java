package org.exovigil.app.signals;

import java.util.Locale;
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
}
