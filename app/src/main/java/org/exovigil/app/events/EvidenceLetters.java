package org.exovigil.app.events;

import java.time.LocalDate;
import java.util.Locale;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.mail.Letter;
import org.exovigil.app.mail.MailAddress;
import org.exovigil.app.mail.Outbox;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an evidence request or its reminder is sent: {@link #due} records it on the audit chain and, when the
 * addressee's contact is an e-mail address, hands the letter to the mail outbox in the same transaction, so a request
 * recorded is a letter that will leave (issue 20). A contact that is not an address (a postal address, a telephone
 * number) is written to by hand; the event page shows each request with its due date and reminders.
 */
@Component
public class EvidenceLetters {

    private final AuditLog audit;
    private final Outbox outbox;

    EvidenceLetters(AuditLog audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    /**
     * A request or a reminder to send.
     *
     * @param powerCited the legal power the request cites, as cited that day; null: it rests on none, and says so
     * @param language   the language of the letter: that of the country the event happened in, where Exovigil has it
     */
    public record Due(
            long requestId,
            String eventReference,
            String addressee,
            String address,
            String asked,
            LocalDate dueOn,
            String powerCited,
            boolean reminder,
            Locale language) {}

    /** Japanese to Japan, English elsewhere: the two languages Exovigil writes in. */
    static Locale languageOf(String country) {
        return "JP".equalsIgnoreCase(country) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /** The one seam for sending: called in the transaction that records the request or the reminder. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void due(Due letter, String actor) {
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
        // The letter says plainly when no law obliges the addressee to answer (issue 20).
        var basis = letter.powerCited() == null
                ? new DefaultMessageSourceResolvable("mail.evidence.noPower")
                : new DefaultMessageSourceResolvable(
                        new String[] {"mail.evidence.power"}, new Object[] {letter.powerCited()});
        MailAddress.parse(letter.address())
                .ifPresent(to -> outbox.enqueue(Letter.of(
                        to,
                        letter.language(),
                        letter.reminder() ? "evidence-reminder" : "evidence-request",
                        "event:" + letter.eventReference(),
                        letter.addressee(),
                        letter.eventReference(),
                        letter.asked(),
                        letter.dueOn(),
                        basis)));
    }
}
