package org.exovigil.app.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The public form needs no account, so it is rate-limited per network address: at most
 * {@value #MAX_PER_WINDOW} reports an hour from one address, a sliding window kept in memory.
 */
@Component
class PublicSubmissionLimit {

    static final int MAX_PER_WINDOW = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_ADDRESSES = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    PublicSubmissionLimit(Clock clock) {
        this.clock = clock;
    }

    /** True, and counted, when this address may submit now. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        if (recent.size() > MAX_ADDRESSES) {
            recent.values()
                    .removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= MAX_PER_WINDOW) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
