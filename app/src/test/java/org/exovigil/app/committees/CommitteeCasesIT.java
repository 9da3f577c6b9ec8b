package org.exovigil.app.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.plans.PlanFiling;
import org.exovigil.app.plans.ProvisionPlans;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A certified committee's members see the reports under the plans it decided, and record its opinion, which the
 * regulator reads on the case; a member of another committee, or of none, finds neither the case nor a way to
 * give an opinion on it (404), and the case's reports naming another clinic or product are not the committee's.
 */
class CommitteeCasesIT extends RunningExovigil {

    @Autowired
    CertifiedCommittees committees;

    @Autowired
    CommitteeCases cases;

    @Autowired
    ProvisionPlans plans;

    @Autowired
    Providers providers;

    @Autowired
    ReportIntake intake;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    /** A name is kept to 300 characters and a certification number to 50 (V36), each refused over it by its own code. */
    @Test
    void aNameAndACertificationNumberAreRefusedOneCharacterOverTheirOwnLimits() {
        String unique = Long.toString(System.nanoTime(), 36);
        String number = (unique + "-" + "9".repeat(50)).substring(0, CertifiedCommittees.LONGEST_CERTIFICATION_NUMBER);
        String name = ("Longest Committee " + unique + " ").repeat(20).substring(0, CertifiedCommittees.LONGEST_NAME);

        assertThat(committees.register(name + "x", null, "regulator").refusal())
                .isEqualTo(Refusal.of(CommitteeRefusal.COMMITTEE_NAME_LENGTH, "300"));
        assertThat(committees
                        .register("Tohoku Certified Committee (test)", number + "9", "regulator")
                        .refusal())
                .isEqualTo(Refusal.of(CommitteeRefusal.CERTIFICATION_NUMBER_LENGTH, "50"));
        assertThat(committees.register(name, number, "regulator").isDone()).isTrue();
    }

    @Test
    void onlyTheMembersOfTheCommitteeThatDecidedThePlanSeeItsReportsAndGiveAnOpinion() throws Exception {
        long kanto = committees
                .register("Kanto Certified Committee (test)", "NA-" + System.nanoTime(), "regulator")
                .value();
        long kansai = committees
                .register("Kansai Certified Committee (test)", null, "regulator")
                .value();
        String kantoToken = tokens.issue("kanto-member", Role.COMMITTEE);
        String kansaiToken = tokens.issue("kansai-member", Role.COMMITTEE);
        String unseatedToken = tokens.issue("unseated-member", Role.COMMITTEE);
        String regulatorToken = tokens.issue("committee-case-regulator", Role.REGULATOR);
        assertThat(committees.seat(kanto, "kanto-member", "regulator").isDone()).isTrue();
        assertThat(committees.seat(kansai, "kansai-member", "regulator").isDone())
                .isTrue();
        assertThat(committees.seat(kansai, "kanto-member", "regulator").refusal())
                .isEqualTo(Refusal.of(
                        CommitteeRefusal.MEMBER_OF_ANOTHER, "kanto-member", "Kanto Certified Committee (test)"));
        assertThat(committees.seat(kansai, "no-such-account", "regulator").refusal())
                .isEqualTo(Refusal.of(CommitteeRefusal.NOT_A_COMMITTEE_ACCOUNT, "no-such-account"));

        long plan = acceptedBy("kanto-member", "Committee Case Clinic", "Committee Case EV");
        UUID under = receive("COMMITTEE-CASE-1", "Committee Case EV", "Committee Case Clinic");
        UUID otherProduct = receive("COMMITTEE-CASE-2", "Committee Unplanned EV", "Committee Case Clinic");
        String reference = jdbc.sql("select reference from report_case where id = ?")
                .param(under)
                .query(String.class)
                .single();

        assertThat(cases.of(kanto))
                .extracting(CommitteeCase::id)
                .contains(under)
                .doesNotContain(otherProduct);
        assertThat(cases.find(kanto, under).orElseThrow().planId()).isEqualTo(plan);
        assertThat(cases.of(kansai)).extracting(CommitteeCase::id).doesNotContain(under);

        assertThat(get("/committee/reports", kantoToken).body()).contains(reference);
        assertThat(get("/committee/reports/" + under, kantoToken).statusCode()).isEqualTo(200);
        assertThat(get("/committee/reports", kansaiToken).body()).doesNotContain(reference);
        assertThat(get("/committee/reports/" + under, kansaiToken).statusCode()).isEqualTo(404);
        assertThat(get("/committee/reports/" + under, unseatedToken).statusCode())
                .isEqualTo(404);
        assertThat(get("/committee/reports/" + otherProduct, kantoToken).statusCode())
                .isEqualTo(404);
        assertThat(post("/committee/reports/" + under + "/opinion", "opinion=Not ours", kansaiToken)
                        .statusCode())
                .isEqualTo(404);

        assertThat(post("/committee/reports/" + under + "/opinion", "opinion=" + encode("   "), kantoToken)
                        .statusCode())
                .as("a blank opinion is refused on the page, not stored")
                .isEqualTo(302);
        String opinion = "因果関係は否定できない。提供を一時停止し、ロットの無菌試験結果を確認すること。";
        assertThat(post("/committee/reports/" + under + "/opinion", "opinion=" + encode(opinion), kantoToken)
                        .statusCode())
                .isEqualTo(302);

        assertThat(cases.opinions(under)).singleElement().satisfies(stored -> {
            assertThat(stored.opinion()).isEqualTo(opinion);
            assertThat(stored.byWhom()).isEqualTo("kanto-member");
            assertThat(stored.committeeName()).isEqualTo("Kanto Certified Committee (test)");
        });
        assertThat(cases.opinionsOf(kanto, under)).hasSize(1);
        assertThat(cases.opinionsOf(kansai, under))
                .as("a case under plans of two committees: each reads only its own opinions")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'committee.opinion' and subject = ?")
                        .param("case:" + under)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(get("/regulator/reports/" + under + "?lang=ja", regulatorToken)
                        .body())
                .contains(opinion, "Kanto Certified Committee (test)");
    }

    private long acceptedBy(String member, String clinicName, String product) {
        long clinic = providers.add(new Provider(0, clinicName, "JP", "Tokyo", null, null, false));
        long plan = plans.file(
                clinic,
                new PlanFiling(
                        "JP",
                        product,
                        "exosome",
                        "",
                        "",
                        "orthopedic_joint",
                        "iv",
                        "1e10 particles, once",
                        "3",
                        "Unapproved; risks: infection; cost 100,000 yen; you may refuse."),
                "committee-case-staff");
        plans.declareConflict(plan, member, "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        assertThat(plans.decide(plan, member, true, all, "Complete.", "").isDone())
                .isTrue();
        return plan;
    }

    private UUID receive(String id, String product, String clinic) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 61},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv", "provider": "%s"}],
                 "reactions": [{"term": "sepsis", "seriousness": ["hospitalisation"]}]}""".formatted(id, LocalDate.now(), product, clinic);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:committee-cases", "committee-cases-test"),
                null,
                Channel.API,
                report.value()));
        return jdbc.sql("select id from report_case where sender_report_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
