package org.exovigil.app.reports;

import org.exovigil.vigilance.clock.ReportingClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {

    /** The reporting duties bundled with the vigilance core, with its voluntary clock where no law applies. */
    @Bean
    ReportingClock reportingClock() {
        return ReportingClock.bundled();
    }
}
