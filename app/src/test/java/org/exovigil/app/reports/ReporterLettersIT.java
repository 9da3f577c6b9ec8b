package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.FormSession;
import org.exovigil.app.RunningExovigilWithSmtp;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People who reported through a form and left an e-mail address are written to: the receipt they asked for, in the
 * language they wrote in; the reviewers' question and its first reminder. Regulators are warned of the deadlines
 * ahead. Every letter arrives at a real SMTP server.
 */
class ReporterLettersIT extends RunningExovigilWithSmtp {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    FollowUps followUps;

    @Autowired
    DeadlineWarnings deadlineWarnings;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void everyVisitorComesFromTheirOwnAddress() {
        jdbc.sql("delete from public_submission").update();
    }

    @Test
    void aPatientWhoAsksForAReceiptGetsItInJapaneseWithoutTheirPrivateCode() throws Exception {
        var patient = visitor("ja");
        HttpResponse<String> sent = patient.postForm("/report", "/report", form("hanako.receipt@example.jp", true));
        assertThat(sent.statusCode()).isEqualTo(302);
        String receiptPage = patient.get("/report/sent").body();
        String reference = Jsoup.parse(receiptPage).select("#reference").text();
        String code = Jsoup.parse(receiptPage).select("#follow-up-code").text();

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage receipt = to("hanako.receipt@example.jp");
        assertThat(receipt.getSubject()).isEqualTo("Exovigil：ご報告 " + reference + " を受け付けました");
        assertThat(receipt.getHeader("Content-Language")).containsExactly("ja");
        assertThat(body(receipt))
                .contains("受付番号は " + reference + " です")
                .contains("http://exovigil.example/report/more?reference=" + reference)
                .doesNotContain(code);
    }

    @Test
    void aReceiptAskedForWithATelephoneNumberIsRefusedAndNothingIsFiled() throws Exception {
        var patient = visitor("en");
        HttpResponse<String> refused = patient.postForm("/report", "/report", form("090-1234-5678", true));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("#contact-error").text())
                .startsWith("A receipt needs an e-mail address");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like '090%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aProfessionalWhoAsksForAReceiptGetsItInTheirLanguageWithoutTheirPrivateCode() throws Exception {
        var doctor = visitor("en");
        HttpResponse<String> sent = doctor.postForm(
                "/report/professional", "/report/professional", professional("dr.receipt@example.org", true));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String receiptPage = doctor.get("/report/sent").body();
        String reference = Jsoup.parse(receiptPage).select("#reference").text();
        String code = Jsoup.parse(receiptPage).select("#follow-up-code").text();

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage receipt = to("dr.receipt@example.org");
        assertThat(receipt.getSubject()).isEqualTo("Exovigil: your report " + reference + " has been received");
        assertThat(receipt.getHeader("Content-Language")).containsExactly("en");
        assertThat(body(receipt))
                .contains("http://exovigil.example/report/more?reference=" + reference)
                .doesNotContain(code);
    }

    @Test
    void aProfessionalReceiptAskedForWithATelephoneNumberIsRefusedInTheirLanguageAndNothingIsFiled() throws Exception {
        var doctor = visitor("ja");
        HttpResponse<String> refused =
                doctor.postForm("/report/professional", "/report/professional", professional("03-1234-5678", true));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("#contact-error").text()).contains("メールアドレス");
        assertThat(jdbc.sql("select count(*) from report_personal_data where data->>'contact' = '03-1234-5678'")
                        .query(Integer.class)
                        .single())
                .isZero();
        // Without a receipt asked for, a telephone number is a contact like any other, and no letter is written.
        assertThat(doctor.postForm("/report/professional", "/report/professional", professional("03-1234-5678", false))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like '03-%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aQuestionToTheReporterAndItsFirstReminderAreEmailedInTheirLanguage() throws Exception {
        assertThat(visitor("en")
                        .postForm("/report", "/report", form("sam.followup@example.org", false))
                        .statusCode())
                .isEqualTo(302);
        UUID caseId = caseOf("sam.followup@example.org");
        assertThat(lettersTo("sam.followup@example.org"))
                .as("no receipt was asked for")
                .isZero();

        followUps.request(caseId, "reporter", "Which lot number was on the vial?", TODAY.plusDays(7), "regulator-a");
        followUps.request(caseId, "clinic", "What was injected?", TODAY.plusDays(7), "regulator-a");

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage question = to("sam.followup@example.org");
        assertThat(question.getSubject()).startsWith("Exovigil: a question about your report EXO-");
        assertThat(body(question))
                .contains("Which lot number was on the vial?")
                .contains("by " + TODAY.plusDays(7))
                .contains("http://exovigil.example/report/more?reference=")
                .doesNotContain("What was injected?");

        jdbc.sql("update report_follow_up set due_on = ? where case_id = ?")
                .params(TODAY.minusDays(1), caseId)
                .update();
        followUps.remindOverdue();
        assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
        MimeMessage reminder = smtp.getReceivedMessages()[1];
        assertThat(reminder.getSubject()).startsWith("Exovigil: reminder of a question about your report EXO-");
        assertThat(body(reminder)).contains("Which lot number was on the vial?").contains("by " + TODAY.minusDays(1));

        // The next day's reminder is in the audit log and the queue, but the reporter is not written to every day.
        jdbc.sql("update report_follow_up set reminded_at = now() - interval '1 day' where case_id = ?")
                .param(caseId)
                .update();
        assertThat(followUps.remindOverdue()).isPositive();
        assertThat(lettersTo("sam.followup@example.org")).isEqualTo(2);
    }

    @Test
    void regulatorsWithAnAddressAreWarnedOnceADayOfTheDeadlinesAhead() throws Exception {
        accounts.completeSetup(
                accounts.invite(
                                "mail-regulator",
                                Role.REGULATOR,
                                "regulator@example.go.jp",
                                Locale.JAPANESE,
                                "https://x")
                        .token(),
                "a long enough passphrase for tests");
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("the invitation").isTrue();
        smtp.purgeEmailFromAllMailboxes();
        var death = form("deadline.case@example.org", false);
        // A death after a stem cell infusion in Japan: the ASRM's 7-day report (Enforcement Regulation Art 35).
        death.put("seriousness", "death");
        death.put("productType", "stem_cell");
        death.put("clinic", "Shinjuku Regenerative Clinic, Tokyo");
        death.put("outcome", "fatal");
        // An identifiable patient, one of the four minimum criteria without which no clock starts.
        death.put("age", "71");
        death.put("sex", "male");
        visitor("en").postForm("/report", "/report", death);
        UUID caseId = caseOf("deadline.case@example.org");
        String reference = jdbc.sql("select reference from report_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single();
        LocalDate dueOn = jdbc.sql("select min(due_on) from report_deadline where case_id = ?")
                .param(caseId)
                .query(LocalDate.class)
                .single();
        LocalDate day = dueOn.minusDays(2);
        jdbc.sql("delete from deadline_warning_day where day = ?").param(day).update();

        assertThat(deadlineWarnings.warn(day)).isPositive();
        assertThat(deadlineWarnings.warn(day)).as("once a day").isZero();

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage warning = to("regulator@example.go.jp");
        assertThat(warning.getSubject()).startsWith("Exovigil：3 日以内に期限を迎える報告義務");
        assertThat(body(warning)).contains("- " + reference + "：").contains("期限 " + dueOn);
    }

    private FormSession visitor(String language) throws Exception {
        return new FormSession(this::url, InetAddress.getLoopbackAddress(), Map.of("Accept-Language", language));
    }

    private static LinkedHashMap<String, String> form(String contact, boolean receipt) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("problem", "fever and chills");
        fields.put("whatHappened", "Two hours after the infusion I had a high fever and was taken to hospital.");
        fields.put("seriousness", "hospitalisation");
        fields.put("treatment", "exosome infusion");
        fields.put("productType", "exosome");
        fields.put("treatedOn", TODAY.minusDays(3).toString());
        fields.put("problemStarted", TODAY.minusDays(3).toString());
        fields.put("country", "JP");
        fields.put("reporterIs", "patient");
        fields.put("contact", contact);
        if (receipt) {
            fields.put("receipt", "true");
        }
        return fields;
    }

    private static LinkedHashMap<String, String> professional(String contact, boolean receipt) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("qualification", "physician");
        fields.put("reporterCountry", "JP");
        fields.put("contact", contact);
        fields.put("country", "JP");
        fields.put("ageYears", "54");
        fields.put("sex", "female");
        fields.put("reactions[0].term", "fever after infusion");
        fields.put("reactions[0].seriousness", "hospitalisation");
        fields.put("products[0].role", "suspect");
        fields.put("products[0].name", "Receipt Test Exosome");
        fields.put("products[0].type", "exosome");
        if (receipt) {
            fields.put("receipt", "true");
        }
        return fields;
    }

    private UUID caseOf(String contact) {
        return jdbc.sql("select case_id from report_personal_data where data->>'contact' = ?")
                .param(contact)
                .query(UUID.class)
                .single();
    }

    private int lettersTo(String address) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                .param(address)
                .query(Integer.class)
                .single();
    }

    private MimeMessage to(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no letter to " + address));
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}
