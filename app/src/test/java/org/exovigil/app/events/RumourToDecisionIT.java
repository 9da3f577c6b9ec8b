package org.exovigil.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.exovigil.app.RunningExovigilWithSmtp;
import org.exovigil.app.TestDatabase;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.audit.Sha256;
import org.exovigil.app.refusals.CoreProblem;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.refusals.RefusalText;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.verification.VerificationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 20, "Done when": the Japanese case of October 2023 replayed day by day on the application's own clock. A
 * society notice alleges a death; two clinics of the register are proposed; two requests leave by e-mail, in
 * Japanese; one is answered with a document, the other falls overdue and is reminded; a refuted decision naming the
 * document is proposed by one regulator and countersigned by another; the public page answers in both languages,
 * naming no one; every step is on the audit chain, which verifies.
 */
class RumourToDecisionIT extends RunningExovigilWithSmtp {

    /** This application has a clock of its own, so it runs PostgreSQL of its own beside the other mail tests'. */
    private static final Path DATA = TestDatabase.freshDataDirectory();

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final String CLINIC = "Kushiro Saisei Clinic";
    private static final String OTHER_CLINIC = "Kushiro Bay Skin Clinic";
    private static final String HOSPITAL = "Kushiro City Hospital";
    private static final String CLINIC_MAIL = "office@kushiro-saisei.example";
    private static final String HOSPITAL_MAIL = "records@kushiro-hospital.example";
    private static final String PHYSICIAN = "Dr Aiko Tanaka";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATA_DIRECTORY, DATA::toString);
    }

    /** The application's clock, moved forward a day at a time as the scenario unfolds; it ticks in between. */
    static final class ScenarioClock extends Clock {

        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration by) {
            ahead = ahead.plus(by);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), ahead);
        }
    }

    @TestConfiguration
    static class WithScenarioClock {

        @Bean
        @Primary
        ScenarioClock scenarioClock() {
            return new ScenarioClock();
        }
    }

    @Autowired
    ScenarioClock clock;

    @Value("${exovigil.database.embedded-dir}")
    String databaseDirectory;

    @Autowired
    Events events;

    @Autowired
    EventEvidence evidence;

    @Autowired
    EventCandidates candidates;

    @Autowired
    EvidenceReminders reminders;

    @Autowired
    PublicEvents publicEvents;

    @Autowired
    TimeToDecision timeToDecision;

    @Autowired
    AuditLog audit;

    @Autowired
    MessageSource messages;

    @Autowired
    RefusalText refusals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSocietyNoticeOfADeathIsFollowedByLettersToACountersignedRefutationAndAPublicPage() throws Exception {
        assertThat(databaseDirectory).startsWith(DATA.toString());
        LocalDate dayOne = LocalDate.now(clock);

        // Day 1: the notice, published three days before, is recorded; it names no patient and no clinic.
        jdbc.sql("insert into provider (name, country, city) values (?, 'JP', 'Kushiro'), (?, 'JP', 'Kushiro'),"
                        + " ('Obihiro Stem Cell Clinic', 'JP', 'Obihiro')")
                .params(CLINIC, OTHER_CLINIC)
                .update();
        long id = events.record(
                        new EventForm(
                                "society_notice",
                                "Japanese Society for Regenerative Medicine",
                                dayOne.minusDays(3),
                                "https://www.jsrm.jp/news/example-2023-10",
                                "会員への告知：釧路市内のクリニックで培養上清液の点滴後に死亡例があるとの情報があります。",
                                "death",
                                "culture supernatant",
                                "",
                                "Kushiro",
                                "JP",
                                "October 2023"),
                        "regulator-a")
                .value();
        String reference = events.find(id).orElseThrow().reference();

        assertThat(candidates.propose(events.find(id).orElseThrow()))
                .filteredOn(candidate -> candidate.source().equals("register"))
                .extracting(Candidate::name)
                .contains(CLINIC, OTHER_CLINIC)
                .doesNotContain("Obihiro Stem Cell Clinic");

        // Day 1: two requests leave by e-mail, in Japanese since the event is in Japan.
        long toClinic = evidence.request(
                        id,
                        "clinic",
                        CLINIC,
                        CLINIC_MAIL,
                        "Did a patient die after a culture-supernatant infusion in October 2023? Send the record.",
                        dayOne.plusDays(14),
                        "jp.asrm_24",
                        "regulator-a")
                .value();
        long toHospital = evidence.request(
                        id,
                        "hospital",
                        HOSPITAL,
                        HOSPITAL_MAIL,
                        "Was a patient admitted after an infusion at a clinic in October 2023?",
                        dayOne.plusDays(7),
                        "",
                        "regulator-a")
                .value();
        String powerCited = evidence.requests(id).getFirst().powerCited();
        assertThat(powerCited).contains("ASRM Art 24");

        assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
        MimeMessage request = to(CLINIC_MAIL);
        assertThat(request.getHeader("Content-Language")).containsExactly("ja");
        assertThat(request.getSubject()).isEqualTo("Exovigil：事象 " + reference + " に関する情報提供のお願い");
        assertThat(body(request))
                .startsWith(CLINIC + " 様")
                .contains("Did a patient die after a culture-supernatant infusion in October 2023?")
                .contains(dayOne.plusDays(14) + " までに")
                .as("the power as the rulebook words it in Japanese; the request's record keeps it as cited")
                .contains("報告徴収・立入検査（再生医療等安全性確保法第24条）")
                .doesNotContain(ja("mail.evidence.noPower"))
                .contains(ja("mail.signature"));
        MimeMessage toTheHospital = to(HOSPITAL_MAIL);
        assertThat(toTheHospital.getHeader("Content-Language")).containsExactly("ja");
        assertThat(body(toTheHospital))
                .startsWith(HOSPITAL + " 様")
                .contains("Was a patient admitted after an infusion at a clinic in October 2023?")
                .contains(dayOne.plusDays(7) + " までに")
                .contains(ja("mail.evidence.noPower"));
        // An evidence request carries no link: the answer comes back by reply, not through a page.
        assertThat(body(request) + body(toTheHospital)).doesNotContain("http://", "https://");

        // Day 3: the clinic answers with a document; the hospital does not.
        clock.advance(Duration.ofDays(2));
        long letter = evidence.record(
                        id,
                        toClinic,
                        "Clinic's letter: the patient was treated and discharged alive",
                        PHYSICIAN,
                        dayOne.plusDays(2),
                        "",
                        new EventEvidence.Upload("reply.pdf", "application/pdf", PDF),
                        "regulator-a")
                .value();
        assertThat(evidence.items(id).getFirst().sha256()).isEqualTo(Sha256.of(PDF));

        // Day 9, past the hospital's due date: the morning run reminds it, and only it, once that day.
        clock.advance(Duration.ofDays(6));
        LocalDate dayNine = LocalDate.now(clock);
        assertThat(evidence.requests(id)).extracting(r -> r.status(dayNine)).containsExactly("answered", "overdue");
        smtp.purgeEmailFromAllMailboxes();
        reminders.remind();
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage reminder = to(HOSPITAL_MAIL);
        assertThat(reminder.getHeader("Content-Language")).containsExactly("ja");
        assertThat(reminder.getSubject()).isEqualTo("Exovigil：事象 " + reference + " に関する情報提供のお願い（再送）");
        assertThat(body(reminder))
                .startsWith(HOSPITAL + " 様")
                .contains("Was a patient admitted after an infusion at a clinic in October 2023?")
                .contains(dayOne.plusDays(7) + " までに")
                .contains(ja("mail.evidence.noPower"));
        assertThat(evidence.remindOverdue()).as("reminded once a day").isZero();
        assertThat(evidence.requests(id).get(1).remindedAt())
                .isAfter(dayOne.plusDays(8).atStartOfDay(ZoneOffset.UTC).toInstant());

        // Day 9: deciding without evidence, or alone on a death, is refused, with a text in both languages.
        Outcome<Void> withoutEvidence =
                events.propose(id, VerificationStatus.REFUTED, "the patient is alive", List.of(), "", "regulator-a");
        assertRefused(
                withoutEvidence,
                ProblemCode.DECISION_WITHOUT_EVIDENCE,
                "confirmed and refuted need at least one piece of evidence, named",
                "「確認」と「否定」には、名前を付けた証拠が少なくとも一つ必要です");
        assertThat(events.propose(
                                id,
                                VerificationStatus.REFUTED,
                                "the clinic's letter shows the patient alive",
                                List.of(letter),
                                "",
                                "regulator-a")
                        .isDone())
                .isTrue();
        assertThat(publicEvents.find(id))
                .as("nothing is public while one regulator alone has decided")
                .isEmpty();
        assertRefused(
                events.countersign(id, "I agree with myself", "regulator-a"),
                ProblemCode.COUNTERSIGNED_BY_PROPOSER,
                "a decision on a death or life-threatening outcome needs a second regulator",
                "死亡または生命を脅かす転帰の判断には、別の規制当局担当者の副署が必要です");
        assertThat(events.countersign(id, "read the clinic's letter myself", "regulator-b")
                        .isDone())
                .isTrue();
        String statement = "The clinic's letter shows the patient was alive after the infusion. 患者の生存を確認しました。";
        assertThat(events.close(id, "refuted; no case to open", statement, "regulator-b")
                        .isDone())
                .isTrue();

        // The public page, in both languages, with what was alleged, checked and decided, and no one named.
        PublicEvent shown = publicEvents.find(id).orElseThrow();
        assertThat(shown.decision()).isEqualTo("refuted");
        assertThat(shown.countersigned()).isTrue();
        assertThat(shown.clinicNamed()).isNull();
        assertThat(shown.checks()).extracting(PublicEvent.Check::addresseeKind).containsExactly("clinic", "hospital");
        assertThat(shown.checks().getFirst().answeredAt()).isNotNull();
        assertThat(shown.checks().get(1).answeredAt()).isNull();
        for (Locale language : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            HttpResponse<String> page = publicPage(id, language);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains(reference)
                    .contains(html("events.public.decision.refuted", language))
                    .contains(html("events.public.countersigned", language))
                    .contains(html("events.public.unanswered", language))
                    .contains(html("events.public.privacy", language))
                    .contains(HtmlUtils.htmlEscape(statement))
                    .doesNotContain(CLINIC, OTHER_CLINIC, HOSPITAL, CLINIC_MAIL, HOSPITAL_MAIL, "Tanaka")
                    .doesNotContain("regulator-a", "regulator-b", "reply.pdf", "釧路市内のクリニック");
        }
        assertThat(publicPage(id, Locale.JAPANESE).body()).containsPattern("<html[^>]* lang=\"ja\"");

        // Every step is on the audit chain, on the day the clock said, and the chain holds.
        record Step(String action, LocalDate on) {}
        assertThat(jdbc.sql("select action, occurred_at from audit_event where subject = ? order by id")
                        .param("event:" + reference)
                        .query((rs, row) -> new Step(
                                rs.getString(1),
                                rs.getObject(2, OffsetDateTime.class)
                                        .atZoneSameInstant(ZoneOffset.UTC)
                                        .toLocalDate()))
                        .list())
                .containsExactly(
                        new Step("event.recorded", dayOne),
                        new Step("event.evidence-request.due", dayOne),
                        new Step("mail.queued", dayOne),
                        new Step("event.evidence-request.due", dayOne),
                        new Step("mail.queued", dayOne),
                        new Step("event.evidence.recorded", dayOne.plusDays(2)),
                        new Step("event.evidence-request.reminder-due", dayNine),
                        new Step("mail.queued", dayNine),
                        new Step("event.decision.proposed", dayNine),
                        new Step("event.decision.countersigned", dayNine),
                        new Step("event.closed", dayNine));
        assertThat(jdbc.sql(
                                "select detail from audit_event where subject = ? and action like 'event.evidence-request.%'")
                        .param("event:" + reference)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "request=%d to=%s due=%s power=cited".formatted(toClinic, CLINIC, dayOne.plusDays(14)),
                        "request=%d to=%s due=%s power=none".formatted(toHospital, HOSPITAL, dayOne.plusDays(7)),
                        "request=%d to=%s due=%s power=none".formatted(toHospital, HOSPITAL, dayOne.plusDays(7)));
        assertThat(audit.verify().firstBreak()).isEmpty();
        assertThat(timeToDecision.rows())
                .filteredOn(row -> row.reference().equals(reference))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.days())
                            .as("from the notice's date to the countersignature")
                            .isEqualTo(11);
                    assertThat(row.pastTarget()).isFalse();
                });
    }

    private void assertRefused(Outcome<Void> outcome, ProblemCode problem, String english, String japanese) {
        Refusal refusal = outcome.refusal();
        assertThat(refusal.code()).isEqualTo(new CoreProblem(problem));
        assertThat(messages.getMessage(CoreProblem.meaningKey(problem), null, Locale.ENGLISH))
                .isEqualTo(english);
        assertThat(messages.getMessage(CoreProblem.meaningKey(problem), null, Locale.JAPANESE))
                .isEqualTo(japanese);
        // The core words its detail in English; a Japanese reader gets the code's meaning beside it.
        assertThat(refusals.text(refusal, Locale.ENGLISH))
                .isEqualTo(problem.id() + ": " + refusal.particulars().getFirst());
        assertThat(refusals.text(refusal, Locale.JAPANESE))
                .startsWith(problem.id() + ": ")
                .contains(japanese);
    }

    private HttpResponse<String> publicPage(long id, Locale language) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url("/check/events/" + id)))
                            .header("Accept-Language", language.getLanguage())
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private String ja(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.JAPANESE);
    }

    private String html(String key, Locale language) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, language), "UTF-8");
    }

    private MimeMessage to(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("no letter to " + address);
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}
