package org.exovigil.app;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the work that follows the case store (duplicate detection, cluster alerts) soon after it
 * changes, and at start-up. Changes are gathered: however many reports arrive in a burst, each follower
 * runs once a few seconds after, outside the intake's transaction, so report intake never waits for a
 * scan of the whole store. Each pass works over the whole store, so it grows with it: under
 * sustained intake a pass that took t waits at least 2t before the next, so the followers take at most a
 * third of a core from intake however large the store (issue 22). A slow periodic run is the safety net for
 * changes made outside the application. Passes never overlap (start-up and the schedule run on different threads): each works
 * over the whole store, and one at a time is enough.
 */
@Component
public class CaseStoreFollowers {

    private static final Logger LOG = LoggerFactory.getLogger(CaseStoreFollowers.class);

    /** Work over the whole case store, run in the order of Spring's {@code @Order}. */
    public interface Follower {
        void follow();
    }

    private final List<Follower> followers;
    private final AtomicBoolean changed = new AtomicBoolean();
    /** How long the last pass took, and when it ended, by {@link System#nanoTime()}. */
    private volatile long lastPassNanos;

    private volatile long lastEndNanos;

    CaseStoreFollowers(List<Follower> followers) {
        this.followers = followers;
    }

    @TransactionalEventListener
    void casesChanged(CasesChanged event) {
        changed.set(true);
    }

    @Scheduled(fixedDelayString = "${exovigil.followers.after-changes:PT2S}")
    void followIfChanged() {
        if (System.nanoTime() - lastEndNanos < 2 * lastPassNanos) {
            return;
        }
        if (changed.getAndSet(false)) {
            followAll();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(
            fixedDelayString = "${exovigil.followers.every:PT1H}",
            initialDelayString = "${exovigil.followers.every:PT1H}")
    synchronized void followAll() {
        long started = System.nanoTime();
        try {
            followEach();
        } finally {
            lastEndNanos = System.nanoTime();
            lastPassNanos = lastEndNanos - started;
        }
    }

    private void followEach() {
        for (Follower follower : followers) {
            try {
                follower.follow();
            } catch (RuntimeException e) {
                // One follower failing must not stop the others; the next change or the hourly run retries.
                LOG.error(
                        "{} failed to follow the case store",
                        follower.getClass().getSimpleName(),
                        e);
            }
        }
    }
}
