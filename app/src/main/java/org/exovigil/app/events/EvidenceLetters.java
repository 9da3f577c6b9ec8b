package org.exovigil.app.events;

import java.time.LocalDate;
import org.exovigil.app.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an evidence request or its reminder falls due to be sent. Exovigil sends no e-mail yet: the mail outbox
 * (issue 20's e-mail part) is built apart, so {@link #due} records the letter as due on the audit chain, and the
 * event page shows each request with its due date and reminders. Sending is wired here, and only here, by handing
 * the letter to the outbox in the same transaction.
 */
@Component
public class EvidenceLetters {

    private final AuditLog audit;

    EvidenceLetters(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * A request or a reminder to send.
     *
     * @param powerCited the legal power the request cites, as cited that day; null: it rests on none, and says so
     */
    public record Letter(
            long requestId,
            String eventReference,
            String addressee,
            String address,
            String asked,
            LocalDate dueOn,
            String powerCited,
            boolean reminder) {}

    /** The one seam for sending: called in the transaction that records the request or the reminder. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void due(Letter letter, String actor) {
        audit.append(
                actor,
                letter.reminder() ? "event.evidence-request.reminder-due" : "event.evidence-request.due",
                "event:" + letter.eventReference(),
                "request=%d to=%s due=%s power=%s"
                        .formatted(
                                letter.requestId(),
                                letter.addressee(),
                                letter.dueOn(),
                                letter.powerCited() == null ? "none" : "cited"));
    }
}
