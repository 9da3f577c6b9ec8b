package org.exovigil.app;

import org.exovigil.app.reports.CaseDuplicates;
import org.exovigil.app.signals.ClusterAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts the cases whenever the case store has changed: duplicate detection first, then the cluster rules over the
 * case versions detection compared. A report committed in between is thus never counted before it has been compared
 * with the others; the next run, which its commit triggers, takes it. So two copies of one report never raise an
 * alert, whatever their timing (issue 19). It lives here, beside the followers, because it joins two capabilities.
 */
@Component
public class CaseCounting implements CaseStoreFollowers.Follower {

    private static final Logger LOG = LoggerFactory.getLogger(CaseCounting.class);

    private final CaseDuplicates duplicates;
    private final ClusterAlerts alerts;

    CaseCounting(CaseDuplicates duplicates, ClusterAlerts alerts) {
        this.duplicates = duplicates;
        this.alerts = alerts;
    }

    @Override
    public void follow() {
        CaseDuplicates.Run run = duplicates.detect();
        if (run.pairs() > 0) {
            LOG.info(
                    "duplicate detection: {} groups, {} cases counted under a master; see /regulator/duplicates",
                    run.groups(),
                    run.duplicates());
        }
        int changed = alerts.evaluate(run.compared());
        if (changed > 0) {
            LOG.info("{} cluster alerts raised, grown or withdrawn; see /regulator/alerts", changed);
        }
    }
}
