package org.exovigil.app.reports;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.vigilance.terminology.EventGroup;
import org.exovigil.vigilance.terminology.EventGroups;
import org.exovigil.vigilance.verification.VerificationStatus;

/**
 * The regulator's queue as one page: the chosen view's most urgent cases and the notices above them.
 *
 * @param truncated whether the view holds more cases than the page shows
 * @param openAlerts cluster alerts nobody has decided yet
 * @param pendingDuplicates suspected duplicates awaiting a decision
 */
record QueuePage(
        QueueView view,
        LocalDate today,
        List<QueueEntry> entries,
        boolean truncated,
        long openAlerts,
        long pendingDuplicates) {

    /** The tabs, one per view. */
    public QueueView[] views() {
        return QueueView.values();
    }

    /** The channels the filter can choose from. */
    public Channel[] channels() {
        return Channel.values();
    }

    /** The event groups the filter can choose from, each titled in English and Japanese. */
    public List<EventGroup> eventGroups() {
        return EventGroups.bundled().groups();
    }

    /** The verification statuses the filter can choose from. */
    public VerificationStatus[] verificationStatuses() {
        return VerificationStatus.values();
    }
}
