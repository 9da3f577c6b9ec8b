package org.exovigil.app.watch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A database whose pages were read before sites were kept (V17) gets its site profiles on the first
 * start, so the dashboard and "Check a clinic" show what was already read. Costs one query when there
 * is nothing to do.
 */
@Component
@Order(3)
class SitesOfEarlierReleases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SitesOfEarlierReleases.class);

    private final ClinicSites sites;

    SitesOfEarlierReleases(ClinicSites sites) {
        this.sites = sites;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int built = sites.refreshMissing();
        if (built > 0) {
            log.info("Built the profiles of {} clinic sites read by an earlier release", built);
        }
    }
}
