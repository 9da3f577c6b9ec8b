package org.exovigil.app.reports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.PublicAddress;
import org.exovigil.app.mail.Letter;
import org.exovigil.app.mail.MailAddress;
import org.exovigil.app.mail.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Letters to a member of the public or a professional who reported through a form and whose contact is an e-mail
 * address: the receipt they asked for, the reviewers' questions to them and the reminders. Each is queued in the
 * transaction of what caused it. The address and the language are read from the case's personal data; the letter
 * sends them to the page where they add information, never their private code, which only they hold.
 */
@Component
class ReporterLetters {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final PublicAddress publicAddress;

    ReporterLetters(JdbcClient jdbc, Outbox outbox, PublicAddress publicAddress) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.publicAddress = publicAddress;
    }

    /** The receipt, when the submission asked for one and its contact is an address; returns whether one was queued. */
    boolean receipt(UUID caseId, String reference, Submission submission) {
        if (!submission.receiptWanted()) {
            return false;
        }
        Optional<MailAddress> to = MailAddress.parse(submission.reporterContact());
        to.ifPresent(address -> outbox.enqueue(Letter.of(
                address,
                submission.reporterLanguage(),
                "receipt",
                "report-id:" + caseId,
                reference,
                submission.report().identification().receivedOn(),
                moreLink(reference))));
        return to.isPresent();
    }

    /** A question put to the reporter; returns whether it was e-mailed (the reporter left an address). */
    boolean question(UUID caseId, String question, LocalDate dueOn) {
        return send("followup", caseId, question, dueOn);
    }

    /** A reminder of an unanswered question; returns whether it was e-mailed. */
    boolean reminder(UUID caseId, String question, LocalDate dueOn) {
        return send("reminder", caseId, question, dueOn);
    }

    private boolean send(String kind, UUID caseId, String question, LocalDate dueOn) {
        record Reporter(String reference, String contact, String language) {}
        // The latest version that carries a contact: a form's case has it in its first version.
        Optional<Reporter> reporter = jdbc.sql("""
                        select c.reference, p.data->>'contact', p.data->>'contactLanguage'
                        from report_personal_data p join report_case c on c.id = p.case_id
                        where p.case_id = ? and p.data->>'contact' is not null and not c.nullified
                        order by p.version desc limit 1""")
                .param(caseId)
                .query((rs, row) -> new Reporter(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
        Optional<MailAddress> to = reporter.flatMap(found -> MailAddress.parse(found.contact()));
        to.ifPresent(address -> outbox.enqueue(Letter.of(
                address,
                reporter.get().language() == null
                        ? Locale.ENGLISH
                        : Locale.forLanguageTag(reporter.get().language()),
                kind,
                "report-id:" + caseId,
                reporter.get().reference(),
                question,
                dueOn,
                moreLink(reporter.get().reference()))));
        return to.isPresent();
    }

    private String moreLink(String reference) {
        return publicAddress.ofServer() + "/report/more?reference=" + reference;
    }
}
