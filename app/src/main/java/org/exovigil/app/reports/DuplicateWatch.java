package org.exovigil.app.reports;

import org.exovigil.app.CaseStoreFollowers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Looks for duplicate reports whenever the case store has changed, before anything counts the cases. */
@Component
@Order(1)
class DuplicateWatch implements CaseStoreFollowers.Follower {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateWatch.class);

    private final CaseDuplicates duplicates;

    DuplicateWatch(CaseDuplicates duplicates) {
        this.duplicates = duplicates;
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
    }
}
