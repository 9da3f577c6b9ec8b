package org.exovigil.app.reports;

import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.vigilance.clock.CaseSetting;
import org.exovigil.vigilance.clock.ClockReading;
import org.exovigil.vigilance.clock.Deadline;
import org.exovigil.vigilance.clock.ReportingClock;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.ReferenceSafetyInformation;
import org.exovigil.vigilance.model.Validity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a report: assesses it (the four minimum criteria, seriousness, the reporting clocks), then
 * commits the case, its first version, its deadlines and an audit event in one transaction, and only
 * then answers. A repeat (same idempotency key, or same sender report id from the same sender) gets
 * the first answer again, even when both arrive at once: the unique keys decide, not the timing.
 */
@Service
public class ReportIntake {

    private final ReportStore store;
    private final ReportingClock clock;
    private final AuditLog audit;

    ReportIntake(ReportStore store, ReportingClock clock, AuditLog audit) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Receipt receive(Submission submission) {
        IndividualCaseSafetyReport report = submission.report();
        String senderReportId = report.identification().senderReportId();
        Optional<Receipt> sent = store.findSent(submission.sender(), submission.idempotencyKey(), senderReportId);
        if (sent.isPresent()) {
            return sent.get();
        }
        Validity validity = Validity.of(report);
        ClockReading reading = clock.read(report, ReferenceSafetyInformation.none(), CaseSetting.of(report));
        var newCase = new ReportStore.NewCase(
                UUID.randomUUID(),
                store.nextReference(),
                submission.sender(),
                senderReportId,
                submission.idempotencyKey(),
                submission.channel(),
                validity.isValid(),
                reading.seriousness().isSerious(),
                reading.seriousness().isFatalOrLifeThreatening(),
                report.identification().occurrenceCountry(),
                reading.earliest().map(Deadline::dueOn).orElse(null));
        if (!store.insertCase(newCase)) {
            return store.findSent(submission.sender(), submission.idempotencyKey(), senderReportId)
                    .orElseThrow();
        }
        var assessment = ReportJson.assessment(validity, reading);
        store.insertVersion(
                newCase.id(),
                1,
                PersonalData.split(ReportJson.tree(report)).withReporterContact(submission.reporterContact()),
                assessment);
        reading.deadlines().forEach(deadline -> store.insertDeadline(newCase.id(), 1, deadline));
        audit.append(
                submission.sender(),
                "report.received",
                "report:" + newCase.reference(),
                "id=%s channel=%s valid=%s serious=%s"
                        .formatted(newCase.id(), submission.channel().code(), validity.isValid(), newCase.serious()));
        return new Receipt(newCase.id(), newCase.reference(), 1, assessment, false);
    }
}
