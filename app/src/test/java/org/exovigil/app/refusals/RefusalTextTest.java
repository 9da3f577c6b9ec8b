package org.exovigil.app.refusals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refusal names its days as its reader reads a day, and leaves what only looks like a day as it was typed. */
class RefusalTextTest {

    /** EXO-1616: the day provision stopped must lie between the plan's filing and today. */
    private static final RefusalCode STOPPED_ON_OUT_OF_RANGE = () -> "EXO-1616";

    private final RefusalText texts = RefusalText.fromMessageFiles();

    @Test
    void aDayIsCldrsMediumDateInTheReadersLanguage() {
        var refused = Refusal.of(STOPPED_ON_OUT_OF_RANGE, LocalDate.of(2026, 12, 6), LocalDate.of(2028, 2, 29));

        assertThat(texts.text(refused, Locale.ENGLISH))
                .isEqualTo("EXO-1616: stoppedOn: the day provision stopped, from Dec 6, 2026 (filed) to Feb 29, 2028"
                        + " (today)");
        assertThat(texts.message(refused, Locale.JAPANESE)).contains("2026/12/06", "2028/02/29");
    }

    @Test
    void whatOnlyLooksLikeADayIsShownAsTyped() {
        var refused = Refusal.of(STOPPED_ON_OUT_OF_RANGE, "2026-02-30", "20261206");

        assertThat(texts.message(refused, Locale.ENGLISH)).contains("from 2026-02-30 (filed) to 20261206 (today)");
    }
}
