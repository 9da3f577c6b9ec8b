package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The signals pages show statistics to three significant digits and say in words what arithmetic leaves undefined. */
class StatisticTextTest {

    private final StatisticText text = new StatisticText(messages());

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aStatisticHasThreeSignificantDigits() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.of(2.345678)).isEqualTo("2.35");
        assertThat(text.of(0.0012345)).isEqualTo("0.00123");
        assertThat(text.of(12345.6)).isEqualTo("12300");
        assertThat(text.estimate(3.14159, 1.0, 9.87654)).isEqualTo("3.14 (1–9.88)");
        assertThat(text.withBound(1.23456, -0.54321)).isEqualTo("1.23 (-0.543)");
    }

    @Test
    void anInfinitePrrWithoutAnIntervalIsSaidInWordsNotAsDashes() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.estimate(Double.POSITIVE_INFINITY, Double.NaN, Double.POSITIVE_INFINITY))
                .isEqualTo("∞ (interval not defined)")
                .doesNotContain("––");
        assertThat(text.estimate(2.0, 1.5, Double.POSITIVE_INFINITY)).isEqualTo("2 (1.5–∞)");
    }

    @Test
    void anUndefinedStatisticIsSaidInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.of(Double.NaN)).isEqualTo("not defined");
        assertThat(text.estimate(Double.NaN, Double.NaN, Double.NaN)).isEqualTo("not defined");
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(text.estimate(Double.NaN, Double.NaN, Double.NaN)).isEqualTo("定義されない");
        assertThat(text.withBound(Double.POSITIVE_INFINITY, Double.NaN)).isEqualTo("∞ (区間は定義されない)");
    }
}
