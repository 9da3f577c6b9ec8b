package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.refusals.CoreProblem;
import org.exovigil.app.reports.CaseVerification.Action;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every death report ends confirmed, refuted or unverifiable, with evidence, before it can be closed; the decision
 * on a death takes two regulators (issue 20).
 */
class CaseVerificationIT extends RunningExovigil {

    @Autowired
    ReportIntake intake;

    @Autowired
    CaseVerification verification;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeathReportCannotBeClosedWithoutADecision() {
        UUID id = receive("VERIFY-DEATH-1", "death");

        var outcome = verification.record(id, Action.CLOSE, "nothing more to do", "", "reviewer-1");

        assertThat(outcome.isDone()).isFalse();
        assertThat(outcome.refusal().code()).isEqualTo(new CoreProblem(ProblemCode.CLOSED_WITHOUT_DECISION));
        assertThat(status(id)).isEqualTo("unverified");
    }

    @Test
    void aDeathReportIsFollowedToADecisionWithEvidenceAndThenClosed() {
        UUID id = receive("VERIFY-DEATH-2", "death");

        assertThat(verification
                        .record(
                                id,
                                Action.CONTACT_SOURCE,
                                "called the treating hospital",
                                "Call with Dr Sato, Tokyo General, 2026-11-21",
                                "reviewer-1")
                        .isDone())
                .isTrue();
        assertThat(verification
                        .record(
                                id,
                                Action.REFUTE,
                                "the patient is alive and was discharged",
                                "Discharge summary TG-2026-5521",
                                "reviewer-2")
                        .isDone())
                .isTrue();
        assertThat(status(id)).isEqualTo("source_contacted");
        assertThat(verification.pending(id).orElseThrow().proposedBy()).isEqualTo("reviewer-2");
        assertThat(verification
                        .record(id, Action.COUNTERSIGN, "agree", "", "reviewer-2")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.COUNTERSIGNED_BY_PROPOSER));
        assertThat(verification
                        .record(id, Action.COUNTERSIGN, "read the discharge summary too", "", "reviewer-1")
                        .isDone())
                .isTrue();
        assertThat(verification
                        .record(id, Action.CLOSE, "decided", "", "reviewer-2")
                        .isDone())
                .isTrue();

        assertThat(status(id)).isEqualTo("refuted");
        assertThat(verification.pending(id)).isEmpty();
        assertThat(verification.steps(id).get(1).countersignature().by()).isEqualTo("reviewer-1");
        assertThat(verification.steps(id).get(1).decidedBy()).isEqualTo("reviewer-2");
        assertThat(verification.steps(id))
                .extracting(step -> step.to().code())
                .containsExactly("source_contacted", "refuted");
        assertThat(verification.steps(id).get(1).evidence().getFirst().description())
                .isEqualTo("Discharge summary TG-2026-5521");
        assertThat(jdbc.sql("select count(*) from audit_event where subject = ?")
                        .param("report-id:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aDecisionNamesItsEvidenceAndUnverifiableRestsOnTheAttemptsMade() {
        UUID id = receive("VERIFY-EVIDENCE-1", "hospitalisation");

        assertThat(verification
                        .record(id, Action.UNVERIFIABLE, "anonymous", "", "reviewer-1")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.UNVERIFIABLE_WITHOUT_ATTEMPTS));
        verification.record(id, Action.CONTACT_SOURCE, "wrote to the clinic", "", "reviewer-1");
        assertThat(verification
                        .record(id, Action.CONFIRM, "plausible", "", "reviewer-1")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.DECISION_WITHOUT_EVIDENCE));
        assertThat(verification
                        .record(id, Action.UNVERIFIABLE, "the clinic never answered", "", "reviewer-1")
                        .isDone())
                .isTrue();
        assertThat(status(id)).isEqualTo("unverifiable");
    }

    @Test
    void aProposalOnADeathCannotBeChangedInTheDatabase() {
        UUID id = receive("VERIFY-APPEND-1", "death");
        verification.record(id, Action.CONTACT_SOURCE, "called", "", "reviewer-1");
        verification.record(id, Action.CONFIRM, "certificate", "Death certificate 2026-77", "reviewer-1");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("update report_verification_proposal set decision = 'refuted' where case_id = ?")
                                .param(id)
                                .update())
                .rootCause()
                .hasMessageContaining("permission denied for table report_verification_proposal");
    }

    @Test
    void aDecisionNeedsAReason() {
        UUID id = receive("VERIFY-REASON-1", "hospitalisation");
        verification.record(id, Action.CONTACT_SOURCE, "emailed the clinic", "", "reviewer-1");

        var outcome = verification.record(id, Action.CONFIRM, "", "", "reviewer-1");

        assertThat(outcome.refusal().code()).isEqualTo(new CoreProblem(ProblemCode.DECISION_WITHOUT_REASON));
    }

    @Test
    void nothingCanBeConfirmedBeforeTheSourceIsContacted() {
        UUID id = receive("VERIFY-ORDER-1", "hospitalisation");

        assertThat(verification
                        .record(id, Action.CONFIRM, "looks right", "", "reviewer-1")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aNonSeriousCaseMayBeClosedWithoutADecision() {
        UUID id = receive("VERIFY-MILD-1", null);

        assertThat(verification
                        .record(id, Action.CLOSE, "mild, resolved", "", "reviewer-1")
                        .isDone())
                .isTrue();
        assertThat(verification
                        .record(id, Action.CONTACT_SOURCE, "too late", "", "reviewer-1")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.ALREADY_CLOSED));
    }

    private UUID receive(String senderReportId, String seriousness) {
        String body =
                """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 61, "sex": "male"},
                 "products": [{"role": "suspect", "name": "Exosome IV", "type": "exosome", "route": "iv"}],
                 "reactions": [{"term": "sepsis", "seriousness": [%s]}]}""".formatted(senderReportId, LocalDate.now(), seriousness == null ? "" : "\"" + seriousness + "\"");
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:verification-test", "verification-test"),
                        null,
                        Channel.API,
                        report.value()))
                .id();
    }

    private String status(UUID id) {
        return jdbc.sql("select verification from report_case where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
