package org.exovigil.watch.crawl;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One host's share of the crawl: its queue of pages and the clock of its rate limit. Requests to a
 * host are serial, and each starts at least {@link #delay} after the previous one ended (so the wait
 * holds whatever the network did), or later when a back-off asked for more. The delay is the crawl's
 * minimum, raised by any Crawl-delay of the host's robots.txt files.
 */
final class Host {

    final String name;
    final Deque<Target> queue = new ArrayDeque<>();
    private Duration delay;
    private long lastEnd;
    private boolean requested;
    private long nextStart = System.nanoTime();

    Host(String name, Duration delay) {
        this.name = name;
        this.delay = delay;
    }

    /** When the next request may start, on the {@link System#nanoTime} clock. */
    long nextStart() {
        return nextStart;
    }

    /** Sleeps until the next request to this host may start. */
    void awaitTurn() throws InterruptedException {
        long wait;
        while ((wait = nextStart - System.nanoTime()) > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    /** A request has ended, with an answer or without: the next one waits the delay from now. */
    void ended() {
        requested = true;
        lastEnd = System.nanoTime();
        later(lastEnd + delay.toNanos());
    }

    /** No request before {@code wait} from now (a back-off or a Retry-After). */
    void holdOff(Duration wait) {
        later(System.nanoTime() + wait.toNanos());
    }

    /** Raises the delay to {@code longer} if it is longer (a robots.txt Crawl-delay); never lowers it. */
    void slowTo(Duration longer) {
        if (longer.compareTo(delay) > 0) {
            delay = longer;
            if (requested) {
                later(lastEnd + delay.toNanos());
            }
        }
    }

    Duration delay() {
        return delay;
    }

    private void later(long start) {
        if (start - nextStart > 0) {
            nextStart = start;
        }
    }
}
