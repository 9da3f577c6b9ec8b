package org.exovigil.vigilance.model;

import java.util.List;

/**
 * ICH E2B(R3) H.2 to H.5, what the reporter and the sender said of the case beside the narrative (H.1).
 *
 * @param reporterComments H.2 reporter's comments (20000)
 * @param senderDiagnoses  H.3.r the sender's diagnosis, syndrome or reclassification of the reactions, in MedDRA
 * @param senderComments   H.4 sender's comments (20000)
 * @param summaries        H.5.r case summary and reporter's comments in the reporter's own language
 */
public record CaseComments(
        String reporterComments, List<CodedTerm> senderDiagnoses, String senderComments, List<Summary> summaries) {

    public CaseComments {
        senderDiagnoses = List.copyOf(senderDiagnoses);
        summaries = List.copyOf(summaries);
    }

    /** Null when nothing is known. */
    public static CaseComments of(
            String reporterComments, List<CodedTerm> senderDiagnoses, String senderComments, List<Summary> summaries) {
        String reporter = ElementRules.trimmedOrNull(reporterComments);
        String sender = ElementRules.trimmedOrNull(senderComments);
        return reporter == null && senderDiagnoses.isEmpty() && sender == null && summaries.isEmpty()
                ? null
                : new CaseComments(reporter, senderDiagnoses, sender, summaries);
    }

    /**
     * H.5.r, a case summary in a language of its own.
     *
     * @param text     H.5.r.1a (100000)
     * @param language H.5.r.1b ISO 639-2
     */
    public record Summary(String text, String language) {}
}
