package org.exovigil.app.reports;

import org.exovigil.vigilance.clock.ReportingClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reporting clock, and the daily schedule that reminds overdue follow-ups. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportsConfiguration {

    /** The reporting duties bundled with the vigilance core, with its voluntary clock where no law applies. */
    @Bean
    ReportingClock reportingClock() {
        return ReportingClock.bundled();
    }
}
