package org.exovigil.app.reports;

import org.exovigil.rulebook.Rulebook;
import org.exovigil.vigilance.clock.DutyBook;
import org.exovigil.vigilance.clock.ReportingClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reporting clock (the rulebook's duties, the core's voluntary clock), and the daily reminders of follow-ups. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportsConfiguration {

    /**
     * The law's reporting duties from the rulebook, and the vigilance core's voluntary clock where no law
     * obliges a report (culture supernatants in Japan, for one).
     */
    @Bean
    ReportingClock reportingClock(Rulebook rulebook) {
        return new ReportingClock(new RulebookDuties(rulebook), DutyBook.voluntaryDefaults()::voluntaryDuties);
    }
}
