package org.exovigil.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.exovigil.app.committees.CommitteeOpinion;
import org.exovigil.vigilance.causality.NaranjoQuestion;
import org.exovigil.vigilance.causality.WhoUmcCategory;
import org.exovigil.vigilance.verification.VerificationStep;

/**
 * One case as the regulator works on it: the report, its history, the questions asked about it and the
 * causality assessed, with the choices its forms offer.
 *
 * @param reading the case as {@link ReportReading} lets this reader see it, in the JSON API's shape
 * @param master the reference of the case this one is counted under as a suspected duplicate, or null
 * @param closing when, by whom and why the case was closed, or null while it is open
 * @param opinions the certified committees' opinions on the case (ASRM Ch. III), the earliest first
 */
record CasePage(
        Map<String, Object> reading,
        String master,
        List<CaseVersion> versions,
        List<VerificationStep> steps,
        CaseVerification.Closing closing,
        List<FollowUpRequest> followUps,
        List<ReporterFollowUp.Addition> additions,
        List<CaseCausality.Stored> causality,
        List<CommitteeOpinion> opinions,
        LocalDate today) {

    /** When the case was received, to be shown in the reader's own form rather than as the API's ISO text. */
    public Instant receivedAt() {
        return Instant.parse(String.valueOf(reading.get("receivedAt")));
    }

    /**
     * A calendar day of the reading (Day 0, an onset, a due date), which the JSON API's shape holds as ISO text, as a
     * day for {@code #times.date}; null for none.
     */
    public LocalDate day(Object isoDay) {
        return isoDay == null ? null : LocalDate.parse(isoDay.toString());
    }

    /** The date a new follow-up question is due by unless the regulator picks another. */
    public LocalDate defaultDue() {
        return today.plusDays(RegulatorQueueController.FOLLOW_UP_DAYS);
    }

    /** The verification steps a regulator can record. */
    public CaseVerification.Action[] actions() {
        return CaseVerification.Action.values();
    }

    /** Whom a follow-up question can be put to. */
    public List<String> askedOfChoices() {
        return FollowUps.PARTIES;
    }

    public WhoUmcCategory[] whoUmcCategories() {
        return WhoUmcCategory.values();
    }

    public NaranjoQuestion[] naranjoQuestions() {
        return NaranjoQuestion.values();
    }
}
