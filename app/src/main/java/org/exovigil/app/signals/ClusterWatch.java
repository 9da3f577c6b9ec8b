package org.exovigil.app.signals;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Evaluates the cluster rules at start-up and every few minutes, so alerts follow the reports as they arrive. */
@Component
class ClusterWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterWatch.class);

    private final ClusterAlerts alerts;

    ClusterWatch(ClusterAlerts alerts) {
        this.alerts = alerts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${exovigil.alerts.every:PT5M}", initialDelayString = "${exovigil.alerts.every:PT5M}")
    void evaluate() {
        int changed = alerts.evaluate();
        if (changed > 0) {
            LOG.info("{} cluster alerts raised or grown; see /regulator/alerts", changed);
        }
    }
}
