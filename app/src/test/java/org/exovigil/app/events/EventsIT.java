package org.exovigil.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.audit.Sha256;
import org.exovigil.app.refusals.CoreProblem;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.verification.DecisionPolicy;
import org.exovigil.vigilance.verification.VerificationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;

/**
 * A society notice alleges a death; two clinics are found; two requests go out, one answered with a document; a
 * refuted decision is countersigned by a second regulator; the public page appears; every step is on the audit chain
 * (issue 20).
 */
class EventsIT extends RunningExovigil {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Events events;

    @Autowired
    EventEvidence evidence;

    @Autowired
    EventCandidates candidates;

    @Autowired
    PublicEvents publicEvents;

    @Autowired
    TimeToDecision timeToDecision;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.exovigil.app.reports.ReportIntake intake;

    @Test
    void aRumourOfADeathIsFollowedToACountersignedDecisionAndAPublicPage() {
        jdbc.sql("insert into provider (name, country, city) values ('Hakodate Saisei Clinic', 'JP', 'Hakodate'),"
                        + " ('Goryokaku Beauty Clinic', 'JP', 'Hakodate')")
                .update();
        jdbc.sql("""
                        insert into watch_site (host, marketing, country, profile, pages, last_read)
                        values ('www.hakodate-supernatant.example', true, 'JP',
                                '{"product_types": ["culture_supernatant"]}'::jsonb, 1, now())
                        on conflict do nothing""").update();
        long id = events.record(
                        new EventForm(
                                "society_notice",
                                "Japanese Society for Regenerative Medicine",
                                LocalDate.now().minusDays(3),
                                "https://www.jsrm.jp/news/example",
                                "会員への告知：培養上清液の点滴後に死亡例があるとの情報があります。",
                                "death",
                                "culture supernatant",
                                "",
                                "Hakodate",
                                "JP",
                                "October"),
                        "regulator-a")
                .value();

        var proposed = candidates.propose(events.find(id).orElseThrow());
        assertThat(proposed)
                .filteredOn(candidate -> candidate.source().equals("register"))
                .extracting(Candidate::name)
                .contains("Hakodate Saisei Clinic", "Goryokaku Beauty Clinic");
        assertThat(proposed)
                .filteredOn(candidate -> candidate.source().equals("watch"))
                .extracting(Candidate::detail)
                .contains("www.hakodate-supernatant.example");

        long toClinic = evidence.request(
                        id,
                        "clinic",
                        "Hakodate Saisei Clinic",
                        "info@hakodate-saisei.example",
                        "Did a patient die after an infusion in October? Send the treatment record.",
                        LocalDate.now().plusDays(14),
                        "jp.asrm_24",
                        "regulator-a")
                .value();
        evidence.request(
                id,
                "hospital",
                "Hakodate City Hospital",
                "",
                "Was a patient admitted after an infusion at a clinic?",
                LocalDate.now().plusDays(14),
                "",
                "regulator-a");
        assertThat(evidence.requests(id))
                .extracting(EvidenceRequest::powerCited)
                .first()
                .asString()
                .contains("ASRM Art 24");
        assertThat(evidence.requests(id).get(1).powerCited()).isNull();

        long letter = evidence.record(
                        id,
                        toClinic,
                        "Clinic's letter: the patient was treated and discharged alive",
                        "Hakodate Saisei Clinic",
                        LocalDate.now(),
                        "",
                        new EventEvidence.Upload("C:\\scans\\letter.pdf", "application/pdf", PDF),
                        "regulator-a")
                .value();
        assertThat(evidence.items(id).getFirst().sha256()).isEqualTo(Sha256.of(PDF));
        assertThat(evidence.items(id).getFirst().fileName()).isEqualTo("letter.pdf");

        assertThat(events.propose(id, VerificationStatus.REFUTED, "alive", List.of(), "", "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.DECISION_WITHOUT_EVIDENCE));
        assertThat(events.propose(id, VerificationStatus.UNVERIFIABLE, "no answer yet", List.of(), "", "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.ATTEMPT_STILL_OPEN));
        assertThat(events.propose(
                                id,
                                VerificationStatus.REFUTED,
                                "the clinic's letter shows the patient alive",
                                List.of(letter),
                                "Hakodate Saisei Clinic",
                                "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.CLINIC_NAMED_UNCONFIRMED));
        assertThat(events.propose(
                                id,
                                VerificationStatus.REFUTED,
                                "the clinic's letter shows the patient alive",
                                List.of(letter),
                                "",
                                "regulator-a")
                        .isDone())
                .isTrue();
        assertThat(events.close(id, "refuted", "The patient is alive.", "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.EVENT_UNDECIDED));
        assertThat(events.countersign(id, "I agree", "regulator-a").refusal().code())
                .isEqualTo(new CoreProblem(ProblemCode.COUNTERSIGNED_BY_PROPOSER));
        assertThat(events.countersign(id, "read the letter myself", "regulator-b")
                        .isDone())
                .isTrue();
        assertThat(events.close(id, "refuted; no case to open", "  ", "regulator-b")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.PUBLIC_STATEMENT);
        assertThat(events.close(
                                id,
                                "refuted; no case to open",
                                "x".repeat(Events.MAX_PUBLIC_STATEMENT + 1),
                                "regulator-b")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.PUBLIC_STATEMENT);
        String statement = "The clinic's letter shows the patient was alive after the infusion. 患者の生存を確認しました。";
        assertThat(events.close(id, "refuted; no case to open", statement, "regulator-b")
                        .isDone())
                .isTrue();
        assertThat(evidence.request(
                                id,
                                "clinic",
                                "Hakodate Saisei Clinic",
                                "info@hakodate-saisei.example",
                                "anything more?",
                                LocalDate.now().plusDays(7),
                                "",
                                "regulator-a")
                        .refusal()
                        .code())
                .as("a closed event takes no request: no letter for a finished inquiry")
                .isEqualTo(EventRefusal.CLOSED);
        assertThat(evidence.record(
                                id,
                                null,
                                "a late note",
                                "a caller",
                                LocalDate.now(),
                                "heard otherwise",
                                null,
                                "regulator-a")
                        .refusal()
                        .code())
                .as("the decision rests on the evidence it had")
                .isEqualTo(EventRefusal.CLOSED);

        PublicEvent shown = publicEvents.find(id).orElseThrow();
        assertThat(shown.decision()).isEqualTo("refuted");
        assertThat(shown.statement()).isEqualTo(statement);
        assertThat(jdbc.sql("select detail from audit_event where action = 'event.closed' and subject = ?")
                        .param("event:" + events.find(id).orElseThrow().reference())
                        .query(String.class)
                        .single())
                .contains(statement);
        assertThat(shown.countersigned()).isTrue();
        assertThat(shown.clinicNamed()).isNull();
        assertThat(shown.checks()).extracting(PublicEvent.Check::addresseeKind).containsExactly("clinic", "hospital");
        assertThat(shown.sourceName()).isEqualTo("Japanese Society for Regenerative Medicine");
        assertThat(Arrays.stream(PublicEvent.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("text", "addressee", "recordedBy");

        var reference = events.find(id).orElseThrow().reference();
        assertThat(jdbc.sql("select action from audit_event where subject = ? order by id")
                        .param("event:" + reference)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "event.recorded",
                        "event.evidence-request.due",
                        "mail.queued", // the clinic's contact is an e-mail address
                        "event.evidence-request.due",
                        "event.evidence.recorded",
                        "event.decision.proposed",
                        "event.decision.countersigned",
                        "event.closed");
        assertThat(audit.verify().firstBreak()).isEmpty();
        assertThat(timeToDecision.rows())
                .filteredOn(row -> row.reference().equals(reference))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.days()).isEqualTo(3);
                    assertThat(row.target()).isEqualTo(15);
                    assertThat(row.pastTarget()).isFalse();
                });
    }

    @Test
    void evidenceIsNeverAlteredTheDatabaseRefusesIt() throws Exception {
        long id = rumour("immutability");
        long item = evidence.record(
                        id,
                        null,
                        "a nurse's account",
                        "ward nurse",
                        LocalDate.now(),
                        "She was alive on day 3.",
                        null,
                        "regulator-a")
                .value();

        // The application's role holds no right to change it, and the table's owner is stopped by the trigger.
        assertThatThrownBy(() -> jdbc.sql("update event_evidence set answer = 'She died.' where id = ?")
                        .param(item)
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied for table event_evidence");
        assertThatThrownBy(() -> jdbc.sql("delete from event_evidence where id = ?")
                        .param(item)
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        try (var owner = org.exovigil.app.TestDatabase.ownerConnection(
                        java.nio.file.Path.of(org.exovigil.app.TestDatabase.sharedPostgresDirectory()));
                var statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "update event_evidence set answer = 'She died.' where id = " + item))
                    .hasMessageContaining("event_evidence is append-only (UPDATE refused)");
            assertThatThrownBy(() -> statement.executeUpdate("update event_proposal set decision = 'confirmed'"))
                    .hasMessageContaining("event_proposal is append-only");
        }
        assertThat(evidence.items(id).getFirst().answer()).isEqualTo("She was alive on day 3.");
    }

    @Test
    void aDocumentIsReadOnlyByTheRolesThatReadEveryCaseAndEachReadingIsAudited() {
        long id = rumour("access");
        long item = evidence.record(
                        id,
                        null,
                        "death certificate",
                        "city office",
                        LocalDate.now(),
                        "",
                        new EventEvidence.Upload("cert.pdf", "application/pdf", PDF),
                        "regulator-a")
                .value();

        for (String role : List.of("ROLE_RESEARCHER", "ROLE_PROVIDER", "ROLE_COMMITTEE")) {
            assertThat(evidence.document(id, item, new TestingAuthenticationToken("someone", "", role)))
                    .isEmpty();
        }
        assertThat(evidence.document(id, item, null)).isEmpty();
        var read = evidence.document(id, item, new TestingAuthenticationToken("regulator-c", "", "ROLE_REGULATOR"));
        assertThat(read.orElseThrow().bytes()).isEqualTo(PDF);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'event.evidence.read' and actor = ?")
                        .param("regulator-c")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDocumentMustBeWhatItSaysAndWithinTheLimit() {
        long id = rumour("uploads");

        assertThat(evidence.record(
                                id,
                                null,
                                "scan",
                                "clinic",
                                LocalDate.now(),
                                "",
                                new EventEvidence.Upload("x.pdf", "application/pdf", "<html>".getBytes()),
                                "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.DOCUMENT_TYPE);
        assertThat(evidence.record(
                                id,
                                null,
                                "script",
                                "clinic",
                                LocalDate.now(),
                                "",
                                new EventEvidence.Upload("x.exe", "application/octet-stream", PDF),
                                "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.DOCUMENT_TYPE);
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThat(evidence.record(
                                id,
                                null,
                                "huge",
                                "clinic",
                                LocalDate.now(),
                                "",
                                new EventEvidence.Upload("huge.pdf", "application/pdf", huge),
                                "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.DOCUMENT_TOO_LARGE);
        assertThat(evidence.record(
                                id,
                                null,
                                "letter",
                                "clinic",
                                LocalDate.now(),
                                "",
                                new EventEvidence.Upload(
                                        "letter.txt",
                                        "text/plain; charset=utf-8",
                                        "拝啓　患者様はご存命です。\n".getBytes(StandardCharsets.UTF_8)),
                                "regulator-a")
                        .isDone())
                .isTrue();
        assertThat(evidence.record(id, null, "", "clinic", LocalDate.now(), "", null, "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.EVIDENCE_EMPTY);
        assertThat(evidence.record(id, null, "x", "clinic", LocalDate.now().plusDays(2), "y", null, "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.SUPPLIER);
    }

    @Test
    void aRequestCitesAPowerTheRulebookRecordsOrNoneAndIsRemindedWhenOverdue() {
        long id = rumour("requests");

        assertThat(evidence.request(
                                id,
                                "coroner",
                                "Hakodate police",
                                "",
                                "cause of death?",
                                LocalDate.now().plusDays(7),
                                "jp.asrm_24",
                                "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.POWER);
        assertThat(evidence.powers(id, "coroner")).isEmpty();
        assertThat(evidence.request(id, "clinic", "A", "", "x", LocalDate.now(), "", "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.DUE);
        long request = evidence.request(
                        id,
                        "coroner",
                        "Hakodate police",
                        "",
                        "cause of death?",
                        LocalDate.now().plusDays(7),
                        "",
                        "regulator-a")
                .value();
        jdbc.sql("update event_evidence_request set due_on = ? where id = ?")
                .params(LocalDate.now().minusDays(1), request)
                .update();

        assertThat(evidence.remindOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(evidence.remindOverdue()).isZero();
        assertThat(evidence.requests(id).getFirst().remindedAt()).isNotNull();
        assertThat(events.propose(
                                id,
                                VerificationStatus.UNVERIFIABLE,
                                "the police never answered",
                                List.of(),
                                "",
                                "regulator-a")
                        .isDone())
                .isTrue();
        assertThat(events.load(id).pending().attempts()).hasSize(1);
    }

    @Test
    void aRequestToAnAddressLeavesAsALetterInTheLanguageOfTheEventsCountryAndSaysWhenNoLawObliges() {
        long id = rumour("letters");
        long mailed = evidence.request(
                        id,
                        "hospital",
                        "Hakodate General Hospital",
                        "records@hakodate-hospital.example.jp",
                        "the discharge summary",
                        LocalDate.now().plusDays(7),
                        "",
                        "regulator-a")
                .value();
        evidence.request(
                id,
                "coroner",
                "Hakodate police",
                "0138-00-0000",
                "cause of death?",
                LocalDate.now().plusDays(7),
                "",
                "regulator-a");
        jdbc.sql("update event_evidence_request set due_on = ? where id = ?")
                .params(LocalDate.now().minusDays(1), mailed)
                .update();
        evidence.remindOverdue();

        var letters = jdbc.sql("""
                        select kind, language, body from mail_outbox
                        where recipient = 'records@hakodate-hospital.example.jp' order by id""")
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        assertThat(letters)
                .extracting(letter -> letter.get(0))
                .containsExactly("evidence-request", "evidence-reminder");
        assertThat(letters).allSatisfy(letter -> {
            assertThat(letter.get(1)).isEqualTo("ja");
            assertThat(letter.get(2)).contains("the discharge summary", "法的義務はありません");
        });
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like '%0138%'")
                        .query(Long.class)
                        .single())
                .as("a telephone number is written to by hand")
                .isZero();
    }

    @Test
    void aPlaceNamedInLatinLettersProposesAClinicRegisteredInJapaneseAndTheReverse() {
        jdbc.sql("insert into provider (name, country, city) values ('函館幹細胞クリニック', 'JP', '函館市'),"
                        + " ('Otaru Stem Cell Clinic', 'JP', 'Otaru')")
                .update();
        long latin = events.record(
                        new EventForm(
                                "rumour",
                                "a caller",
                                LocalDate.now().minusDays(1),
                                "",
                                "a death",
                                "death",
                                "",
                                "Hakodate",
                                "",
                                "JP",
                                ""),
                        "regulator-a")
                .value();
        long japanese = events.record(
                        new EventForm(
                                "rumour",
                                "a caller",
                                LocalDate.now().minusDays(1),
                                "",
                                "死亡の噂",
                                "death",
                                "",
                                "",
                                "小樽",
                                "JP",
                                ""),
                        "regulator-a")
                .value();

        assertThat(candidates.propose(events.find(latin).orElseThrow()))
                .extracting(Candidate::name)
                .contains("函館幹細胞クリニック")
                .doesNotContain("Otaru Stem Cell Clinic");
        assertThat(candidates.propose(events.find(japanese).orElseThrow()))
                .extracting(Candidate::name)
                .contains("Otaru Stem Cell Clinic")
                .doesNotContain("函館幹細胞クリニック");
    }

    @Test
    void aCasesTimeToDecisionCountsFromItsFirstInformationNotFromWhenItWasStored() {
        LocalDate firstHeard = LocalDate.now().minusDays(20);
        String body = """
                {"senderReportId": "ttd-c14", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 52, "sex": "female"},
                 "products": [{"role": "suspect", "name": "TTD exosome", "type": "exosome", "route": "iv",
                               "startedOn": "%s"}],
                 "reactions": [{"term": "Anaphylaxis", "onset": "%s", "outcome": "fatal",
                                "seriousness": ["death"]}]}""".formatted(firstHeard, firstHeard.minusDays(2), firstHeard.minusDays(1));
        var report = (org.exovigil.vigilance.Checked.Accepted<org.exovigil.vigilance.model.IndividualCaseSafetyReport>)
                org.exovigil.vigilance.json.ReportJson.read(body);
        var stored = intake.receive(new org.exovigil.app.reports.Submission(
                new org.exovigil.app.security.SenderPrincipal("test:ttd", "ttd"),
                null,
                org.exovigil.app.reports.Channel.API,
                report.value()));
        String reference = jdbc.sql("select reference from report_case where id = ?")
                .param(stored.id())
                .query(String.class)
                .single();

        assertThat(timeToDecision.rows())
                .filteredOn(row -> row.reference().equals(reference))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.firstOn()).isEqualTo(firstHeard);
                    assertThat(row.days()).isEqualTo(20);
                    assertThat(row.pastTarget()).isTrue();
                });
    }

    /** A decision's reason is kept to 4000 characters (V44): the longest is stored, one more refused with its code. */
    @Test
    void theLongestReasonIsProposedAndOneCharacterMoreIsRefused() {
        long id = rumour("longest reason");
        long note = evidence.record(
                        id,
                        null,
                        "the caller's account",
                        "a caller",
                        LocalDate.now(),
                        "she is alive",
                        null,
                        "regulator-a")
                .value();
        String longest = "検".repeat(DecisionPolicy.LONGEST_REASON);
        assertThat(events.propose(id, VerificationStatus.REFUTED, longest + "検", List.of(note), "", "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(new CoreProblem(ProblemCode.DECISION_REASON_TOO_LONG));
        assertThat(events.propose(id, VerificationStatus.REFUTED, longest, List.of(note), "", "regulator-a")
                        .isDone())
                .isTrue();
        assertThat(events.load(id).pending().reason()).isEqualTo(longest);
    }

    @Test
    void aLinkKeepsItsSchemeInLowerCaseAndWhenItHappenedIsAsLongAsItsColumn() {
        long id = events.record(
                        new EventForm(
                                "media",
                                "a paper",
                                LocalDate.now().minusDays(2),
                                "HTTPS://News.example/Exosome-Death",
                                "a death reported",
                                "death",
                                "",
                                "",
                                "",
                                "JP",
                                "x".repeat(Events.MAX_WHEN)),
                        "regulator-a")
                .value();

        assertThat(events.find(id).orElseThrow().link()).isEqualTo("https://News.example/Exosome-Death");
        assertThat(events.record(
                                new EventForm(
                                        "media",
                                        "a paper",
                                        LocalDate.now().minusDays(2),
                                        "",
                                        "a death reported",
                                        "death",
                                        "",
                                        "",
                                        "",
                                        "JP",
                                        "x".repeat(Events.MAX_WHEN + 1)),
                                "regulator-a")
                        .refusal())
                .isEqualTo(Refusal.of(EventRefusal.CLAIM_TOO_LONG, Events.MAX_WHEN));
    }

    @Test
    void anEventIsRefusedWithoutItsSourceDateAndTextAsReceived() {
        assertThat(events.record(
                                new EventForm("rumour", "", LocalDate.now(), "", "text", "death", "", "", "", "", ""),
                                "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.INCOMPLETE);
        assertThat(events.record(
                                new EventForm("gossip", "x", LocalDate.now(), "", "text", "death", "", "", "", "", ""),
                                "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.INCOMPLETE);
        assertThat(events.record(
                                new EventForm(
                                        "rumour",
                                        "x",
                                        LocalDate.now(),
                                        "javascript:alert(1)",
                                        "text",
                                        "death",
                                        "",
                                        "",
                                        "",
                                        "",
                                        ""),
                                "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.LINK);
        assertThat(events.record(
                                new EventForm(
                                        "rumour",
                                        "x",
                                        LocalDate.now().plusDays(3),
                                        "",
                                        "t",
                                        "death",
                                        "",
                                        "",
                                        "",
                                        "",
                                        ""),
                                "regulator-a")
                        .refusal()
                        .code())
                .isEqualTo(EventRefusal.SOURCE_DATE_IN_FUTURE);
    }

    private long rumour(String name) {
        return events.record(
                        new EventForm(
                                "rumour",
                                "a caller",
                                LocalDate.now().minusDays(1),
                                "",
                                "heard of a death: " + name,
                                "death",
                                "",
                                "",
                                "",
                                "JP",
                                ""),
                        "regulator-a")
                .value();
    }
}
