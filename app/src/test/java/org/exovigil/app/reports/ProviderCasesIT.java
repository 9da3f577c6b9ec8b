package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A provider's own cases: those naming its clinic (without who reported) and those its people sent. */
class ProviderCasesIT extends RunningExovigil {

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportStore store;

    @Autowired
    ProviderMembers members;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProviderSeesReportsNamingItAndThoseItSentButNotOthers() {
        receive("patient-form", "OWN-1", "Harbour Regenerative Clinic", "swelling");
        receive("patient-form", "OWN-2", "Another Clinic Entirely", "fever");
        long provider = jdbc.sql("select provider_id from report_product r join report_case c on c.id = r.case_id"
                        + " where c.sender_report_id = 'OWN-1'")
                .query(Long.class)
                .single();
        tokens.issue("harbour-system", Role.PROVIDER);
        members.link("harbour-system", provider);
        long token = jdbc.sql("select id from api_token where name = 'harbour-system'")
                .query(Long.class)
                .single();
        var harbour = new SenderPrincipal("token:" + token, "harbour-system");
        intakeAs(harbour, "OWN-3", null, "headache");

        var cases = store.providerCases(provider, new SenderPrincipal("account:0", "someone"), 100);

        assertThat(cases).extracting(ProviderCase::problem).containsExactlyInAnyOrder("swelling", "headache");
        assertThat(cases)
                .filteredOn(ProviderCase::sentByYou)
                .singleElement()
                .satisfies(own -> assertThat(own.dueOn()).isNotNull());
        assertThat(cases)
                .filteredOn(found -> !found.sentByYou())
                .singleElement()
                .satisfies(named -> assertThat(named.dueOn()).isNull());
    }

    private void receive(String sender, String id, String clinic, String term) {
        intakeAs(new SenderPrincipal("test:" + sender, sender), id, clinic, term);
    }

    private void intakeAs(SenderPrincipal sender, String id, String clinic, String term) {
        String body =
                """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "AU",
                 "reporter": {"qualification": "consumer", "country": "AU"},
                 "patient": {"ageYears": 33},
                 "products": [{"role": "suspect", "name": "Harbour EV", "type": "exosome" %s}],
                 "reactions": [{"term": "%s", "seriousness": ["hospitalisation"]}]}""".formatted(id, LocalDate.now(), clinic == null ? "" : ", \"provider\": \"" + clinic + "\"", term);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(sender, null, Channel.API, report.value()));
    }
}
