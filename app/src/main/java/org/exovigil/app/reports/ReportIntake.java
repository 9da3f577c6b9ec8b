package org.exovigil.app.reports;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.CasesChanged;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.products.LotRestrictions;
import org.exovigil.app.registry.ReportedEntities;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.clock.CaseSetting;
import org.exovigil.vigilance.clock.ClockReading;
import org.exovigil.vigilance.clock.Deadline;
import org.exovigil.vigilance.clock.ReportingClock;
import org.exovigil.vigilance.history.CaseHistory;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.ExpectednessAssessment;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.ReferenceSafetyInformation;
import org.exovigil.vigilance.model.Validity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Receives a report: assesses it (the four minimum criteria, seriousness, the reporting clocks), then
 * commits the case, its version, its deadlines, its links to the register and an audit event in one
 * transaction, and only then answers.
 *
 * <p>Reports sent at once share that transaction (a {@link GroupCommit}): the assessment is made on the
 * sender's own thread beforehand, a few writers store what has queued, and each sender is answered once
 * the batch holding its report has committed. Its audit event is chained as the batch commits, so the
 * audit chain's lock, which orders every event, is taken once a batch and held only through the commit.
 *
 * <p>What a repeat means follows ICH E2B(R3): the same idempotency key is a retry and gets the first
 * answer; the same sender report id (C.1.1) with a later date of most recent information (C.1.5), or
 * with a nullification (C.1.11), is a follow-up and becomes version n+1; anything else under the same
 * C.1.1 is the same report again. Concurrent submissions are settled by the unique keys and the case
 * row lock, not by timing.
 */
@Service
public class ReportIntake {

    private final ReportStore store;
    private final ReportingClock clock;
    private final AuditLog audit;
    private final ReportedEntities registry;
    private final ApplicationEventPublisher events;
    private final LotRestrictions restrictions;
    private final ReporterLetters letters;
    private final GroupCommit<Prepared, Receipt> groupCommit;

    ReportIntake(
            ReportStore store,
            ReportingClock clock,
            AuditLog audit,
            ReportedEntities registry,
            ApplicationEventPublisher events,
            LotRestrictions restrictions,
            ReporterLetters letters,
            PlatformTransactionManager transactions,
            @Value("${exovigil.intake.writers:2}") int writers,
            @Value("${exovigil.intake.largest-batch:32}") int largestBatch) {
        this.events = events;
        this.restrictions = restrictions;
        this.letters = letters;
        this.store = store;
        this.clock = clock;
        this.audit = audit;
        this.registry = registry;
        this.groupCommit = new GroupCommit<>(
                "intake",
                new TransactionTemplate(transactions),
                writers,
                largestBatch,
                this::takenWithStoppedLots,
                refusal -> refusal instanceof FollowUpRefused || refusal instanceof IdempotencyKeyReused);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        groupCommit.close();
    }

    /** A follow-up the case history refuses (older than the case, after nullification...), with the core's problems. */
    public static final class FollowUpRefused extends RuntimeException {
        private final List<Problem> problems;

        FollowUpRefused(List<Problem> problems) {
            super(problems.toString(), null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * An Idempotency-Key used again with another report: not a retry, so neither the first answer (the
     * second report would be lost without a word) nor a new report, but 422 naming the first report
     * (draft-ietf-httpapi-idempotency-key-header section 2.7; issue 15, finding 10).
     */
    public static final class IdempotencyKeyReused extends RuntimeException {
        private final Receipt first;

        IdempotencyKeyReused(Receipt first) {
            super("Idempotency-Key already used for report " + first.id() + " with another body", null, false, false);
            this.first = first;
        }

        public Receipt first() {
            return first;
        }
    }

    /**
     * Takes the report in, and tells the sender of every lot it names that is on hold or recalled now (issue 19:
     * "a new report naming the lot says so"), read in the same transaction as the report's links to the register.
     * Returns once the report is committed: in the caller's transaction if one is open (an E2B batch, a FHIR
     * bundle), else in a group commit's. Refusals ({@link FollowUpRefused}, {@link IdempotencyKeyReused}) are
     * thrown before anything of the report is written, which lets the others of its batch go on.
     */
    public Receipt receive(Submission submission) {
        var prepared = new Prepared(submission, FirstReading.of(submission, clock));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return takenWithStoppedLots(prepared);
        }
        return groupCommit.submit(prepared);
    }

    /** A submission with what its first version would be assessed as, worked out before any transaction. */
    record Prepared(Submission submission, FirstReading reading) {}

    /**
     * A report as a new case: its validity, its clocks, its content split from its identifiers, and the
     * fingerprint its idempotency key is kept with (none without a key). They depend on the submission alone.
     */
    record FirstReading(Validity validity, ClockReading clocks, PersonalData content, String fingerprint) {
        static FirstReading of(Submission submission, ReportingClock clock) {
            IndividualCaseSafetyReport report = submission.report();
            return new FirstReading(
                    Validity.of(report),
                    clock.read(report, ReferenceSafetyInformation.none(), CaseSetting.of(report)),
                    ReportIntake.content(submission, report),
                    submission.idempotencyKey() == null ? null : submission.fingerprint());
        }
    }

    private Receipt takenWithStoppedLots(Prepared prepared) {
        Receipt receipt = taken(prepared);
        return receipt.withStoppedLots(
                restrictions.namedBy(receipt.id()).stream().map(StoppedLot::of).toList());
    }

    private Receipt taken(Prepared prepared) {
        Submission submission = prepared.submission();
        if (submission.sender().anonymous()) {
            // An anonymous form's submission has an owner of its own, so it is always a new case: what
            // the person typed (a case number) never reaches another report. Only its one-time form key,
            // which nobody else holds, makes a second press of "send" the same report.
            return store.findByFormKey(submission.channel(), submission.idempotencyKey())
                    .map(first -> sameForm(first, submission))
                    .orElseGet(() -> receiveNew(submission, prepared.reading()));
        }
        Optional<Receipt> retry = store.findByIdempotencyKey(submission.sender(), submission.idempotencyKey());
        if (retry.isPresent()) {
            return sameRequest(retry.get(), submission);
        }
        String senderReportId = submission.report().identification().senderReportId();
        Optional<Receipt> earlier = store.findBySenderReportId(submission.sender(), senderReportId);
        return earlier.isPresent()
                ? followUpOrRepeat(earlier.get(), submission)
                : receiveNew(submission, prepared.reading());
    }

    private Receipt receiveNew(Submission submission, FirstReading assessed) {
        IndividualCaseSafetyReport report = submission.report();
        Validity validity = assessed.validity();
        ClockReading reading = assessed.clocks();
        var newCase = new ReportStore.NewCase(
                UUID.randomUUID(),
                store.nextReference(),
                submission.sender(),
                report.identification().senderReportId(),
                submission.idempotencyKey(),
                assessed.fingerprint(),
                submission.channel(),
                validity.isValid(),
                reading.seriousness().isSerious(),
                reading.seriousness().isFatalOrLifeThreatening(),
                report.identification().occurrenceCountry(),
                reading.earliest().map(Deadline::dueOn).orElse(null));
        if (!store.insertCase(newCase)) {
            // A concurrent submission of the same report committed first; its answer is ours.
            return store.findByIdempotencyKey(submission.sender(), submission.idempotencyKey())
                    .map(first -> sameRequest(first, submission))
                    .or(() -> submission.sender().anonymous()
                            ? store.findByFormKey(submission.channel(), submission.idempotencyKey())
                            : Optional.empty())
                    .or(() -> store.findBySenderReportId(submission.sender(), newCase.senderReportId()))
                    .orElseThrow();
        }
        var assessment = ReportJson.assessment(validity, reading);
        store.insertVersion(newCase.id(), 1, assessed.content(), assessment);
        store.insertDeadlines(newCase.id(), 1, reading.deadlines());
        linkRegistry(newCase.id(), true, report);
        events.publishEvent(new CasesChanged(newCase.id()));
        audit.appendAtCommit(
                submission.sender().name(),
                "report.received",
                "report:" + newCase.reference(),
                "id=%s channel=%s valid=%s serious=%s"
                        .formatted(newCase.id(), submission.channel().code(), validity.isValid(), newCase.serious()));
        // The receipt is queued with the case: a report that was filed has its receipt, one rolled back has none.
        letters.receipt(newCase.id(), newCase.reference(), submission);
        return new Receipt(newCase.id(), newCase.reference(), 1, assessment, false);
    }

    /** The first answer, when the key came with the same report; cases from before V22 have no fingerprint. */
    private Receipt sameRequest(Receipt first, Submission submission) {
        boolean other = store.idempotencyFingerprint(submission.sender(), submission.idempotencyKey())
                .filter(fingerprint -> !fingerprint.equals(submission.fingerprint()))
                .isPresent();
        if (other) {
            throw new IdempotencyKeyReused(first);
        }
        return first;
    }

    /** The first answer, when the form came back with the same report; else the form's key was reused. */
    private Receipt sameForm(Receipt first, Submission submission) {
        boolean other = store.formKeyFingerprint(submission.channel(), submission.idempotencyKey())
                .filter(fingerprint -> !fingerprint.equals(submission.fingerprint()))
                .isPresent();
        if (other) {
            throw new IdempotencyKeyReused(first);
        }
        return first;
    }

    private Receipt followUpOrRepeat(Receipt earlier, Submission submission) {
        CaseHistory history = new CaseHistory(store.versionsForUpdate(earlier.id()).stream()
                .map(json -> ((Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(json.toString())).value())
                .toList());
        IndividualCaseSafetyReport incoming = submission.report();
        if (!bringsNewInformation(history.current(), incoming)) {
            if (!isHeld(history, incoming)) {
                // Taking it as a repeat would drop its content behind an acknowledgement that says "accepted".
                throw new FollowUpRefused(List.of(new Problem(
                        ProblemCode.FOLLOW_UP_NOT_NEWER,
                        "mostRecentInfoOn",
                        "expected a date after %s, the most recent information of the case held, for content that"
                                        .formatted(history.current()
                                                .identification()
                                                .mostRecentInfoOn())
                                + " differs from every version held; got %s, and nothing of it was taken"
                                        .formatted(incoming.identification().mostRecentInfoOn()))));
            }
            return store.findBySenderReportId(
                            submission.sender(), incoming.identification().senderReportId())
                    .orElseThrow();
        }
        CaseHistory next = switch (history.followUp(incoming)) {
            case Checked.Accepted<CaseHistory> accepted -> accepted.value();
            case Checked.Rejected<CaseHistory> rejected -> throw new FollowUpRefused(rejected.problems());
        };
        IndividualCaseSafetyReport current = next.current();
        int version = current.identification().version();
        Validity validity = Validity.of(current);
        ClockReading reading = clock.read(
                current,
                next.dayZero(),
                ExpectednessAssessment.of(current, ReferenceSafetyInformation.none()),
                CaseSetting.of(current));
        var assessment = ReportJson.assessment(validity, reading);
        store.insertVersion(earlier.id(), version, content(submission, current), assessment);
        store.insertDeadlines(earlier.id(), version, reading.deadlines());
        store.advance(
                earlier.id(),
                version,
                validity.isValid(),
                reading.seriousness().isSerious(),
                reading.seriousness().isFatalOrLifeThreatening(),
                reading.earliest().map(Deadline::dueOn).orElse(null),
                next.isNullified());
        linkRegistry(earlier.id(), false, current);
        events.publishEvent(new CasesChanged(earlier.id()));
        audit.appendAtCommit(
                submission.sender().name(),
                next.isNullified() ? "report.nullified" : "report.follow-up",
                "report:" + earlier.reference(),
                "id=%s version=%d".formatted(earlier.id(), version));
        return new Receipt(earlier.id(), earlier.reference(), version, assessment, false);
    }

    /** Whether the report is one of the case's versions sent again: the same content, whatever its number. */
    private static boolean isHeld(CaseHistory history, IndividualCaseSafetyReport incoming) {
        ObjectNode sent = comparable(incoming);
        return history.versions().stream().map(ReportIntake::comparable).anyMatch(sent::equals);
    }

    /** The report without what the receiver numbers itself: the version and the worldwide id it assigns. */
    private static ObjectNode comparable(IndividualCaseSafetyReport report) {
        ObjectNode tree = ReportJson.tree(report);
        tree.remove(List.of("version", "worldwideUniqueId"));
        return tree;
    }

    /** E2B(R3) orders versions by C.1.5; a nullification (C.1.11) is news whatever its date. */
    private static boolean bringsNewInformation(
            IndividualCaseSafetyReport current, IndividualCaseSafetyReport incoming) {
        boolean nullifies = incoming.identification().nullification() != null
                && current.identification().nullification() == null;
        return nullifies
                || incoming.identification()
                        .mostRecentInfoOn()
                        .isAfter(current.identification().mostRecentInfoOn());
    }

    private void linkRegistry(UUID caseId, boolean newCase, IndividualCaseSafetyReport report) {
        registry.link(
                caseId,
                newCase,
                report.identification().occurrenceCountry(),
                report.products().stream()
                        .map(product -> new ReportedEntities.Mention(
                                product.name(),
                                product.type() == null ? null : product.type().code(),
                                product.lot(),
                                product.provider()))
                        .toList());
    }

    private static PersonalData content(Submission submission, IndividualCaseSafetyReport report) {
        return PersonalData.split(ReportJson.tree(report))
                .withReporterContact(submission.reporterContact(), submission.reporterLanguage());
    }
}
