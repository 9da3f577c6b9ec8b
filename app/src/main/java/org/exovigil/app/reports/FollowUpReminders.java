package org.exovigil.app.reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds overdue follow-up requests every morning, and once at start-up so a day of downtime is caught up. */
@Component
class FollowUpReminders {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpReminders.class);

    private final FollowUps followUps;

    FollowUpReminders(FollowUps followUps) {
        this.followUps = followUps;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${exovigil.follow-up.reminders:0 0 6 * * *}")
    void remind() {
        int reminded = followUps.remindOverdue();
        if (reminded > 0) {
            LOG.info("{} follow-up requests are overdue; each is reminded in the audit log and the queue", reminded);
        }
    }
}
