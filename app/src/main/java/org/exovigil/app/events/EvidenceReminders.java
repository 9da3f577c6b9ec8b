package org.exovigil.app.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds overdue evidence requests every morning, and once at start-up so a day of downtime is caught up. */
@Component
class EvidenceReminders {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceReminders.class);

    private final EventEvidence evidence;

    EvidenceReminders(EventEvidence evidence) {
        this.evidence = evidence;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${exovigil.follow-up.reminders:0 0 6 * * *}")
    void remind() {
        int due = evidence.remindOverdue();
        if (due > 0) {
            LOG.info("{} evidence requests are overdue; a reminder to each is due", due);
        }
    }
}
