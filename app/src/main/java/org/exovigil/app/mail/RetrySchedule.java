package org.exovigil.app.mail;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a letter again after a failed attempt: the pause doubles from {@code first} up to {@code longest}
 * (exponential backoff, so a server that is down is not hammered and one that is back is soon used), and after
 * {@code attempts} attempts the letter is given up, for an administrator to send again. The defaults (1 minute,
 * doubling to 6 hours, 25 attempts: about 4 days) follow RFC 5321 section 4.5.4.1, which asks a sender to keep
 * trying for at least 4 to 5 days.
 */
record RetrySchedule(Duration first, Duration longest, int attempts) {

    RetrySchedule {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException(
                    "a retry waits a positive time, no longer than the longest, at least once");
        }
    }

    /** The pause after the {@code failed}-th failed attempt (1 for the first), or empty when that was the last. */
    Optional<Duration> after(int failed) {
        if (failed >= attempts) {
            return Optional.empty();
        }
        Duration pause = first;
        for (int doubled = 1; doubled < failed && pause.compareTo(longest) < 0; doubled++) {
            pause = pause.multipliedBy(2);
        }
        return Optional.of(pause.compareTo(longest) > 0 ? longest : pause);
    }
}
