package org.exovigil.app.reports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.terminology.ReactionCodes;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.e2b.AckHeader;
import org.exovigil.vigilance.e2b.Acknowledgement;
import org.exovigil.vigilance.e2b.BatchHeader;
import org.exovigil.vigilance.e2b.E2bWriter;
import org.exovigil.vigilance.e2b.ExportProfile;
import org.exovigil.vigilance.e2b.IcsrBatch;
import org.exovigil.vigilance.e2b.IcsrMessage;
import org.exovigil.vigilance.e2b.IcsrVersion;
import org.exovigil.vigilance.e2b.OutgoingMessage;
import org.exovigil.vigilance.e2b.ProfileFinding;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ICH E2B(R3) interchange. A received batch is read by the vigilance core; each report it accepts goes
 * through the same intake as a JSON report (so retries, follow-ups and nullifications follow the same
 * rules), and the sender gets the acknowledgement of the IG. Export writes the current version of every
 * case as one batch, shaped for and checked against the receiver's {@link ExportProfile}.
 */
@Service
public class E2bExchange {

    /** Exovigil's identifier as a sender and receiver of E2B messages (N.1.3, N.1.4). */
    public static final String EXOVIGIL = "EXOVIGIL";

    private final ReportIntake intake;
    private final ReportStore store;
    private final AuditLog audit;
    private final ReactionCodes codes;
    private final Clock clock;

    E2bExchange(ReportIntake intake, ReportStore store, AuditLog audit, ReactionCodes codes, Clock clock) {
        this.intake = intake;
        this.store = store;
        this.audit = audit;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * What came of a batch: the acknowledgement (as a record and as the XML sent back) and the cases
     * received.
     */
    public record Received(Acknowledgement acknowledgement, byte[] acknowledgementXml, List<Receipt> receipts) {

        /** False when the batch itself could not be read (AR): nothing was stored. */
        public boolean readable() {
            return acknowledgement.code() != Acknowledgement.TransmissionCode.AR;
        }

        /** The messages not stored (CR), each with its reasons. */
        public List<Acknowledgement.MessageAcknowledgement> rejected() {
            return acknowledgement.messages().stream()
                    .filter(m -> m.code() == Acknowledgement.MessageCode.CR)
                    .toList();
        }
    }

    /**
     * Reads and takes in a batch. Nothing is stored when the batch itself cannot be read; a message the
     * intake refuses (a follow-up that contradicts the stored case) is acknowledged CR with the reasons.
     */
    public Received receive(byte[] xml, SenderPrincipal sender) {
        return receive(xml, (batch, message) -> sender);
    }

    /** As {@link #receive(byte[], SenderPrincipal)}, with each message's owner chosen from the message. */
    public Received receive(byte[] xml, BiFunction<IcsrBatch, IcsrMessage, SenderPrincipal> senderOf) {
        // R3 as a rule; an R2 ichicsr (FAERS, older senders) is read by its own reader into the same reports.
        Checked<IcsrBatch> batch = IcsrVersion.read(xml);
        List<Receipt> receipts = new ArrayList<>();
        Map<Integer, List<Problem>> refused = new HashMap<>();
        if (batch instanceof Checked.Accepted<IcsrBatch> read) {
            List<IcsrMessage> messages = read.value().messages();
            for (int i = 0; i < messages.size(); i++) {
                if (messages.get(i).report() instanceof Checked.Accepted<IndividualCaseSafetyReport> report) {
                    try {
                        receipts.add(intake.receive(new Submission(
                                senderOf.apply(read.value(), messages.get(i)), null, Channel.API, report.value())));
                    } catch (ReportIntake.FollowUpRefused refusal) {
                        refused.put(i, refusal.problems());
                    }
                }
            }
        }
        Acknowledgement ack = Acknowledgement.of(batch).withRefused(refused);
        // An R2 sender gets R2's ichicsrack back, which its system reads; an R3 sender the R3 acknowledgement.
        AckHeader header = new AckHeader("ACK-" + UUID.randomUUID(), EXOVIGIL, null, now());
        byte[] xmlAck = ack.toXml(header, IcsrVersion.of(xml));
        return new Received(ack, xmlAck, List.copyOf(receipts));
    }

    /**
     * The current version of every case (identifiers included, as exchange between authorities needs) as one
     * batch for the receiver of {@code profile}: each report shaped for it and checked against its rules before
     * anything is written. A case that breaks them refuses the whole export, or, with {@code leaveOutInvalid},
     * is left out and named (Exovigil stores incomplete reports; a receiver takes none).
     *
     * @param receiver        N.1.4; null for the profile's own receiver (FDA's: ZZFDA, or ZZFDA_PREMKT when every
     *                        message goes to an IND receiver)
     * @param messageReceiver N.2.r.3 for every message; null for each message's own (FDA's: the centre and pathway
     *                        of each case, see {@link ExportProfile#messageReceiver}; the others': N.1.4)
     */
    @Transactional
    public E2bExport exportAll(
            ExportProfile profile, String receiver, String messageReceiver, boolean leaveOutInvalid, String by) {
        // E.i.2.1a/b from the codes regulators confirmed (issue 21).
        var confirmed = codes.confirmedInMeddra();
        List<ReportStore.CurrentCase> cases = store.currentCases().stream()
                .map(c -> new ReportStore.CurrentCase(
                        c.id(),
                        c.reference(),
                        ReactionCodes.withConfirmedCodes(c.report(), confirmed.getOrDefault(c.id(), Map.of()))))
                .toList();
        BatchHeader header = new BatchHeader(
                "EXO-BATCH-" + UUID.randomUUID(),
                EXOVIGIL,
                receiver != null
                        ? receiver
                        : profile.defaultReceiver(
                                cases.stream()
                                        .map(ReportStore.CurrentCase::report)
                                        .toList(),
                                messageReceiver),
                now(),
                messageReceiver);
        List<OutgoingMessage> messages = new ArrayList<>();
        List<E2bExport.CaseFindings> broken = new ArrayList<>();
        for (ReportStore.CurrentCase c : cases) {
            IndividualCaseSafetyReport report = c.report();
            List<ProfileFinding> findings = profile.check(header, report);
            if (findings.isEmpty()) {
                // Message ids from Exovigil's references: two senders may have used the same C.1.1.
                messages.add(new OutgoingMessage(
                        c.reference() + "-v" + report.identification().version(),
                        profile.shape(report),
                        profile.messageReceiver(header, report)));
            } else {
                broken.add(new E2bExport.CaseFindings(
                        c.reference(), report.identification().senderReportId(), findings));
            }
        }
        if (!broken.isEmpty() && !leaveOutInvalid) {
            return new E2bExport.Refused(profile, broken, cases.size());
        }
        audit.append(
                by,
                "report.e2b-exported",
                "reports",
                "cases=%d receiver=%s message-receiver=%s profile=%s left-out=%d"
                        .formatted(
                                messages.size(),
                                header.receiverId(),
                                messages.stream()
                                        .map(m -> m.receiverUnder(header))
                                        .distinct()
                                        .sorted()
                                        .toList(),
                                profile.name(),
                                broken.size()));
        return new E2bExport.Written(E2bWriter.writeMessages(header, messages), messages.size(), broken);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
