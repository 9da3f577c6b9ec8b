package org.exovigil.app.signals;

import java.util.concurrent.atomic.AtomicBoolean;
import org.exovigil.app.CasesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evaluates the cluster rules soon after the case store changes, and at start-up. Changes are
 * gathered: however many reports arrive in a burst, the rules run once a few seconds after, outside the
 * intake's transaction, so report intake never waits for a scan of the case store. A slow periodic run
 * is the safety net for changes made outside the application.
 */
@Component
class ClusterWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterWatch.class);

    private final ClusterAlerts alerts;
    private final AtomicBoolean changed = new AtomicBoolean();

    ClusterWatch(ClusterAlerts alerts) {
        this.alerts = alerts;
    }

    @TransactionalEventListener
    void casesChanged(CasesChanged event) {
        changed.set(true);
    }

    @Scheduled(fixedDelayString = "${exovigil.alerts.after-changes:PT2S}")
    void evaluateIfChanged() {
        if (changed.getAndSet(false)) {
            evaluate();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${exovigil.alerts.every:PT1H}", initialDelayString = "${exovigil.alerts.every:PT1H}")
    void evaluate() {
        int grown = alerts.evaluate();
        if (grown > 0) {
            LOG.info("{} cluster alerts raised or grown; see /regulator/alerts", grown);
        }
    }
}
