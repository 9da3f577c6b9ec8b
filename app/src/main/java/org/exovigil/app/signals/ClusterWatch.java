package org.exovigil.app.signals;

import org.exovigil.app.CaseStoreFollowers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Evaluates the cluster rules whenever the case store has changed (after duplicate detection). */
@Component
@Order(2)
class ClusterWatch implements CaseStoreFollowers.Follower {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterWatch.class);

    private final ClusterAlerts alerts;

    ClusterWatch(ClusterAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void follow() {
        int grown = alerts.evaluate();
        if (grown > 0) {
            LOG.info("{} cluster alerts raised or grown; see /regulator/alerts", grown);
        }
    }
}
