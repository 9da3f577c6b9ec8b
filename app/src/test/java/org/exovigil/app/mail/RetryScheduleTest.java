package org.exovigil.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A letter that fails waits twice as long each time, up to the longest pause, and is given up after the last attempt. */
class RetryScheduleTest {

    private final RetrySchedule defaults = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(6), 25);

    @Test
    void thePauseDoublesFromTheFirstUpToTheLongest() {
        assertThat(defaults.after(1)).hasValue(Duration.ofMinutes(1));
        assertThat(defaults.after(2)).hasValue(Duration.ofMinutes(2));
        assertThat(defaults.after(3)).hasValue(Duration.ofMinutes(4));
        assertThat(defaults.after(9)).hasValue(Duration.ofMinutes(256));
        assertThat(defaults.after(10)).hasValue(Duration.ofHours(6));
        assertThat(defaults.after(24)).hasValue(Duration.ofHours(6));
    }

    @Test
    void theLastAttemptIsGivenUp() {
        assertThat(defaults.after(25)).isEmpty();
        assertThat(defaults.after(1000)).isEmpty();
        assertThat(new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).after(1))
                .isEmpty();
    }

    /** RFC 5321 section 4.5.4.1: a sender keeps trying for at least 4 to 5 days. */
    @Test
    void theDefaultsKeepTryingForAboutFourDays() {
        Duration total = Duration.ZERO;
        for (int failed = 1; defaults.after(failed).isPresent(); failed++) {
            total = total.plus(defaults.after(failed).orElseThrow());
        }
        assertThat(total).isBetween(Duration.ofDays(4), Duration.ofDays(5));
    }

    @Test
    void aHugeNumberOfFailuresDoesNotOverflow() {
        var schedule = new RetrySchedule(Duration.ofMillis(1), Duration.ofDays(1), Integer.MAX_VALUE);
        assertThat(schedule.after(Integer.MAX_VALUE - 1)).hasValue(Duration.ofDays(1));
    }

    @Test
    void aScheduleThatCannotWaitIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
