package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.exovigil.app.CaseStoreFollowers;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A regulator narrows the queue to an event group (issue 21): the cases with a reaction coded in the group, in
 * English or Japanese, and, before coding has run, those reported in one of the names of the group's concepts.
 */
class QueueGroupFilterIT extends RunningExovigil {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportStore store;

    @Autowired
    List<CaseStoreFollowers.Follower> followers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theQueueNarrowsToTheCasesOfAnEventGroupInEitherLanguage() {
        receive("QGROUP-EN", "Qgroup Serum", "blood poisoning");
        receive("QGROUP-JA", "Qgroup Serum", "敗血症");
        receive("QGROUP-OTHER", "Qgroup Serum", "headache");

        assertThat(references(filter("infusion_sepsis")))
                .as("before coding: by the names of the group's concepts")
                .containsExactlyInAnyOrder("QGROUP-EN", "QGROUP-JA");

        followers.forEach(CaseStoreFollowers.Follower::follow);

        assertThat(references(filter("infusion_sepsis")))
                .as("after coding: by the codes")
                .containsExactlyInAnyOrder("QGROUP-EN", "QGROUP-JA");
        assertThat(references(filter(""))).contains("QGROUP-EN", "QGROUP-JA", "QGROUP-OTHER");
    }

    @Test
    void withTheUsersMedDraTheGroupAlsoTakesThePreferredTermsOfItsSmq() {
        receive("QGROUP-SMQ", "Qgroup Serum", "knee stiffness");
        followers.forEach(CaseStoreFollowers.Follower::follow);
        long ptInTheSmq = 987_654_321L;
        jdbc.sql("""
                        update reaction_code set pt_code = ? where case_id = (
                            select c.id from report_case c join report_version v
                                on v.case_id = c.id and v.version = c.current_version
                            where v.clinical ->> 'senderReportId' = 'QGROUP-SMQ')""").param(ptInTheSmq).update();

        assertThat(references(filter("infusion_sepsis"), Set.of(ptInTheSmq))).contains("QGROUP-SMQ");
        assertThat(references(filter("infusion_sepsis"), Set.of())).doesNotContain("QGROUP-SMQ");
    }

    @Test
    void anUnknownGroupIsIgnoredRatherThanTrusted() {
        assertThat(filter("'; drop table reaction_code; --").eventGroup()).isEmpty();
        assertThat(filter("no_such_group")).isEqualTo(QueueFilter.none());
    }

    private static QueueFilter filter(String group) {
        return new QueueFilter("", "", "", "", false, null, null, group);
    }

    private List<String> references(QueueFilter filter) {
        return references(filter, Set.of());
    }

    private List<String> references(QueueFilter filter, Set<Long> smqTerms) {
        return store.queue(QueueView.ALL, filter, smqTerms, TODAY, 500).stream()
                .map(entry -> store.find(entry.id())
                        .orElseThrow()
                        .clinical()
                        .get("senderReportId")
                        .asString())
                .filter(id -> id.startsWith("QGROUP-"))
                .toList();
    }

    private void receive(String id, String product, String term) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 51, "sex": "male"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv"}],
                 "reactions": [{"term": "%s"}]}""".formatted(id, TODAY, product, term);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:group-filter-test", "group-filter-test"), null, Channel.API, report.value()));
    }
}
