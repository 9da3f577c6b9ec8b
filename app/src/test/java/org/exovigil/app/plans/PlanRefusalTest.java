package org.exovigil.app.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.exovigil.app.refusals.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every plan refusal has its own EXO-16nn id and a text in English and Japanese that shows its particulars. */
class PlanRefusalTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void eachIdIsAPlanIdAndMeansOneThing() {
        assertThat(Arrays.stream(PlanRefusal.values()).map(PlanRefusal::id))
                .allMatch(id -> id.matches("EXO-16\\d\\d"))
                .doesNotHaveDuplicates();
    }

    @Test
    void eachCodeHasItsTextInEnglishAndJapanese() {
        for (PlanRefusal code : PlanRefusal.values()) {
            String english = text(Refusal.of(code, "a", "b", "c"), Locale.ENGLISH);
            String japanese = text(Refusal.of(code, "a", "b", "c"), Locale.JAPANESE);

            assertThat(japanese).as(code.id()).isNotEqualTo(english).doesNotContain("{");
            assertThat(english).as(code.id()).doesNotContain("{");
        }
    }

    @Test
    void aTextKeepsTodaysWordingWithItsParticulars() {
        assertThat(text(Refusal.of(PlanRefusal.REVIEWER_OF_OWN_PROVIDER), Locale.ENGLISH))
                .isEqualTo("a provider's own people cannot review its plan");
        assertThat(text(
                        Refusal.of(PlanRefusal.OVERSIGHT_NOT_FROM_STATUS, "suspended", "suspended", "accepted"),
                        Locale.ENGLISH))
                .isEqualTo("suspended: a plan that is suspended cannot be suspended; it must be accepted");
        assertThat(text(Refusal.of(PlanRefusal.CHANGE_UNDER_REVIEW, 2), Locale.JAPANESE))
                .isEqualTo("この計画の第2版はすでに審査中です");
    }

    private static String text(Refusal refusal, Locale locale) {
        return MESSAGES.getMessage(refusal.code().messageKey(), refusal.arguments(), locale);
    }
}
