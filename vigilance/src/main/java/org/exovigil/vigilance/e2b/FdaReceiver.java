package org.exovigil.vigilance.e2b;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportContext.Study;
import org.exovigil.vigilance.model.ReportContext.Study.Register;

/**
 * FDA's message receivers (N.2.r.3): the FDA centre and pathway a message is for, each with the batch receiver
 * (N.1.4) it travels under. FAERS takes postmarketing ICSRs under ZZFDA and premarketing (IND) ICSRs under
 * ZZFDA_PREMKT, and N.2.r.3 names the centre within. Sources: FDA's example instances (shared/data/conformance/
 * e2b-r3-fda, v1.2 of July 2024: ZZFDA with CDER in Scenarios 1, 2, 6 and 7, postmarket; ZZFDA_PREMKT with CDER_IND
 * in Scenarios 3, 4 and 8, IND reports, Scenario 8 a spontaneous one; with CDER_IND_EXEMPT_BA_BE in Scenarios 5-1 to
 * 5-3, IND-exempt BA/BE studies under a pre-ANDA) and Oracle's summary of FDA's supported FAERS scenarios (Argus
 * Safety E2B(R3) best practices, "Supported Scenarios for FAERS E2B(R3)" and "Configure the EDI and Report tab for
 * FDA": IND reports CDER_IND or CBER_IND, pre-ANDA reports CDER_IND_EXEMPT_BA_BE, postmarketing reports CDER).
 *
 * <p>CBER: FDA's Regional E2B(R3) Implementation Guide covers ICSRs to CDER and CBER, biological products with BLAs
 * included, and the sources above name CBER_IND for a CBER-regulated IND; none of the text the search found names a
 * postmarketing CBER receiver, which is here by analogy and from other FAERS implementations (CDER or CBER under
 * ZZFDA). Exovigil's products, exosomes and cell-derived products, are biologics that CBER regulates (FDA/CBER,
 * Public Safety Notification on Exosome Products, 6 December 2019), so a case that names no centre goes to CBER;
 * a case received from FDA keeps the centre it came with, and the caller can name another.
 */
public enum FdaReceiver {
    /** Postmarketing ICSRs of CDER-regulated products. */
    CDER(Centre.CDER, "ZZFDA"),
    /** Postmarketing ICSRs of CBER-regulated products (see above: by analogy with CDER). */
    CBER(Centre.CBER, "ZZFDA"),
    /** IND safety reports (21 CFR 312.32) of CDER-regulated products, FDA.C.5.5a the IND. */
    CDER_IND(Centre.CDER, "ZZFDA_PREMKT"),
    /** IND safety reports of CBER-regulated products. */
    CBER_IND(Centre.CBER, "ZZFDA_PREMKT"),
    /** IND-exempt bioavailability/bioequivalence studies (21 CFR 320.31(d)), FDA.C.5.5b the pre-ANDA: CDER's. */
    CDER_IND_EXEMPT_BA_BE(Centre.CDER, "ZZFDA_PREMKT");

    /** The FDA centre a receiver belongs to. */
    enum Centre {
        CDER,
        CBER
    }

    private final Centre centre;
    private final String batchReceiver;

    FdaReceiver(Centre centre, String batchReceiver) {
        this.centre = centre;
        this.batchReceiver = batchReceiver;
    }

    /** N.1.4 that a message to this receiver travels under: ZZFDA or ZZFDA_PREMKT. */
    public String batchReceiver() {
        return batchReceiver;
    }

    /** The receiver by its N.2.r.3 identifier, in any case; empty for one that is not FDA's. */
    public static Optional<FdaReceiver> named(String id) {
        for (FdaReceiver receiver : values()) {
            if (id != null && receiver.name().equals(id.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(receiver);
            }
        }
        return Optional.empty();
    }

    /**
     * Where FDA's rules send this case: a pre-ANDA (FDA.C.5.5b) to CDER_IND_EXEMPT_BA_BE, an IND (FDA.C.5.5a, also
     * for a spontaneous report of an IND product, FDA's Scenario 8) to the centre's IND receiver, anything else to
     * the centre's postmarketing receiver. The centre is the one of the N.2.r.3 the case came in under, else CBER.
     */
    public static FdaReceiver of(IndividualCaseSafetyReport report) {
        ReportContext context = report.identification().context();
        Centre centre = context == null
                ? Centre.CBER
                : named(context.messageReceiver()).map(r -> r.centre).orElse(Centre.CBER);
        List<Register> registers = context == null || context.study() == null
                ? List.of()
                : context.study().registrations().stream()
                        .map(Study.Registration::register)
                        .toList();
        if (registers.contains(Register.FDA_PRE_ANDA)) {
            return CDER_IND_EXEMPT_BA_BE;
        }
        if (registers.contains(Register.FDA_IND)) {
            return centre == Centre.CDER ? CDER_IND : CBER_IND;
        }
        return centre == Centre.CDER ? CDER : CBER;
    }

    /**
     * N.1.4 for messages to these receivers: ZZFDA_PREMKT when every one is premarketing, else ZZFDA (a batch that
     * mixes the two breaks rule FDA-N.1.4-N.2.r.3, as FAERS routes a batch by N.1.4).
     */
    static String batchReceiverFor(List<String> messageReceivers) {
        boolean premarket = !messageReceivers.isEmpty()
                && messageReceivers.stream()
                        .allMatch(id -> named(id)
                                .map(r -> r.batchReceiver.equals("ZZFDA_PREMKT"))
                                .orElse(false));
        return premarket ? "ZZFDA_PREMKT" : "ZZFDA";
    }
}
