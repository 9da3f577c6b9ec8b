package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case is followed up: questions with due dates, reminders when late, and what the reporter adds later. */
class FollowUpIT extends RunningExovigil {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReportIntake intake;

    @Autowired
    FollowUps followUps;

    @Autowired
    ReporterFollowUp reporter;

    @Autowired
    ReportStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuestionNeedsAPartyAQuestionAndADueDateNotInThePast() {
        UUID id = receive("FOLLOW-ASK-1");

        assertThat(followUps
                        .request(id, "the neighbour", "What lot?", TODAY, "r")
                        .refusal()
                        .code())
                .isEqualTo(ReportRefusal.FOLLOW_UP_PARTY);
        assertThat(followUps.request(id, "clinic", " ", TODAY, "r").refusal().code())
                .isEqualTo(ReportRefusal.FOLLOW_UP_QUESTION);
        assertThat(followUps
                        .request(id, "clinic", "What lot?", TODAY.minusDays(1), "r")
                        .refusal()
                        .code())
                .isEqualTo(ReportRefusal.FOLLOW_UP_DUE);
        assertThat(followUps
                        .request(id, "clinic", "What lot?", null, "r")
                        .refusal()
                        .code())
                .isEqualTo(ReportRefusal.FOLLOW_UP_DUE);
        assertThat(followUps
                        .request(id, "clinic", "What lot was used?", TODAY, "r")
                        .isDone())
                .isTrue();

        assertThat(followUps.forCase(id)).singleElement().satisfies(request -> {
            assertThat(request.askedOf()).isEqualTo("clinic");
            assertThat(request.status(TODAY)).isEqualTo("open");
            assertThat(request.status(TODAY.plusDays(1))).isEqualTo("overdue");
        });
    }

    @Test
    void aQuestionIsAnsweredOnceOnlyAndOnlyOnItsOwnCase() {
        UUID id = receive("FOLLOW-ANSWER-1");
        UUID other = receive("FOLLOW-ANSWER-2");
        followUps.request(id, "treating_hospital", "Was a blood culture taken?", TODAY.plusDays(14), "r");
        long request = followUps.forCase(id).getFirst().id();

        assertThat(followUps.answer(other, request, "yes", "r").refusal().code())
                .isEqualTo(ReportRefusal.FOLLOW_UP_ANSWERED);
        assertThat(followUps.answer(id, request, "", "r").refusal().code()).isEqualTo(ReportRefusal.FOLLOW_UP_ANSWER);
        assertThat(followUps
                        .answer(id, request, "Yes: Staphylococcus aureus", "r")
                        .isDone())
                .isTrue();
        assertThat(followUps.answer(id, request, "again", "r").refusal().code())
                .isEqualTo(ReportRefusal.FOLLOW_UP_ANSWERED);

        assertThat(followUps.forCase(id).getFirst().status(TODAY)).isEqualTo("answered");
    }

    @Test
    void lateQuestionsAreRemindedOnceADayAndShownInTheQueue() {
        UUID id = receive("FOLLOW-LATE-1");
        followUps.request(id, "clinic", "Send the batch record.", TODAY, "r");
        jdbc.sql("update report_follow_up set due_on = ? where case_id = ?")
                .params(TODAY.minusDays(2), id)
                .update();

        assertThat(followUps.remindOverdue()).isPositive();
        assertThat(followUps.remindOverdue()).isZero();

        assertThat(followUps.forCase(id).getFirst().remindedAt()).isNotNull();
        assertThat(store.queue(QueueView.FOLLOW_UP, QueueFilter.none(), TODAY, 500))
                .extracting(QueueEntry::id)
                .contains(id);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'report.follow-up.overdue' and subject = ?")
                        .param("report-id:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theReporterAddsInformationWithTheReferenceAndCodeAndThatAnswersTheirQuestions() {
        UUID id = receive("FOLLOW-ADD-1");
        String reference = store.find(id).orElseThrow().reference();
        String code = reporter.issueCode(id);
        followUps.request(id, "reporter", "Which clinic gave the infusion?", TODAY.plusDays(14), "r");

        String typedSloppily = code.toLowerCase().replace("-", " ").replace('0', 'o');
        assertThat(reporter.add(reference.toLowerCase(), typedSloppily, "渋谷の再生医療クリニックです。"))
                .contains(id);

        assertThat(reporter.forCase(id))
                .extracting(ReporterFollowUp.Addition::text)
                .containsExactly("渋谷の再生医療クリニックです。");
        assertThat(followUps.forCase(id).getFirst().answer()).isEqualTo("渋谷の再生医療クリニックです。");
        assertThat(store.queue(QueueView.NEW_INFORMATION, QueueFilter.none(), TODAY, 500))
                .extracting(QueueEntry::id)
                .contains(id);
    }

    @Test
    void aWrongCodeOrReferenceAddsNothingAndSaysNotWhichWasWrong() {
        UUID id = receive("FOLLOW-WRONG-1");
        String reference = store.find(id).orElseThrow().reference();
        String code = reporter.issueCode(id);

        assertThat(reporter.add(reference, "AAAA-BBBB-CCCC", "text")).isEmpty();
        assertThat(reporter.add("EXO-1999-0000000", code, "text")).isEmpty();
        assertThat(reporter.add(reference, code, "   ")).isEmpty();
        assertThat(reporter.add(reference, code, "x".repeat(ReporterFollowUp.MAX_TEXT + 1)))
                .isEmpty();

        assertThat(reporter.forCase(id)).isEmpty();
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        UUID id = receive("FOLLOW-CODE-1");
        String reference = store.find(id).orElseThrow().reference();
        String first = reporter.issueCode(id);
        String second = reporter.issueCode(id);

        assertThat(second).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(reporter.add(reference, first, "first")).isEmpty();
        assertThat(reporter.add(reference, second, "second")).contains(id);
    }

    private UUID receive(String senderReportId) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "consumer", "country": "JP"},
                 "patient": {"ageYears": 39, "sex": "female"},
                 "products": [{"role": "suspect", "name": "培養上清点滴", "type": "culture_supernatant", "route": "iv"}],
                 "reactions": [{"term": "fever", "seriousness": ["hospitalisation"]}]}""".formatted(senderReportId, TODAY);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:follow-up-test", "follow-up-test"),
                        null,
                        Channel.API,
                        report.value()))
                .id();
    }
}
