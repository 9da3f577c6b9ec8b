package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.vigilance.e2b.BatchHeader;
import org.exovigil.vigilance.e2b.E2bReader;
import org.exovigil.vigilance.e2b.E2bWriter;
import org.exovigil.vigilance.e2b.ExportProfile;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.Sender;
import org.exovigil.vigilance.model.SenderType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/v1/reports} with {@code application/hl7-v3+xml}: ICH E2B(R3) batches in, the IG's
 * acknowledgement out, hostile XML refused whole, and export then import giving the same case.
 */
class E2bApiIT extends RunningExovigil {

    private static final BatchHeader HEADER = new BatchHeader(
            "CLINIC-BATCH-1",
            "CLINIC-42",
            E2bExchange.EXOVIGIL,
            OffsetDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZoneOffset.UTC));

    private static int senders;

    @Autowired
    ApiTokens tokens;

    @Autowired
    E2bExchange exchange;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String clinic;

    @BeforeEach
    void aClinicWithAToken() {
        clinic = tokens.issue("e2b-clinic-" + (++senders), Role.PROVIDER);
    }

    private static IndividualCaseSafetyReport report(String senderReportId) {
        return ReportJson.read(ReportsApiIT.SPEC_EXAMPLE.formatted(senderReportId))
                .value();
    }

    @Test
    void aBatchOfGoodReportsIsAcknowledgedAaAndEachReportStored() throws Exception {
        HttpResponse<String> response =
                post(clinic, E2bWriter.write(HEADER, List.of(report("E2B-API-1"), report("E2B-API-2"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/hl7-v3+xml"));
        assertThat(response.body())
                .contains("<acknowledgement typeCode=\"AA\"")
                .contains("all 2 ICSR messages accepted");
        assertThat(casesOf("E2B-API-1") + casesOf("E2B-API-2")).isEqualTo(2);
    }

    @Test
    void aReportWithErrorsIsAcknowledgedCrWhileTheOthersAreStored() throws Exception {
        HttpResponse<String> response =
                post(clinic, Files.readAllBytes(Path.of("../vigilance/src/test/resources/e2b/fda-style-batch.xml")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<acknowledgement typeCode=\"AE\"")
                .contains("<acknowledgement typeCode=\"CR\"")
                .contains("EXO-1203: C.1.4: expected a date CCYYMMDD");
        assertThat(casesOf("US-ACME-0001")).isEqualTo(1);
        assertThat(casesOf("US-ACME-0002")).isZero();
    }

    @Test
    void anExternalEntityIsRefusedWithAnArAndNothingIsStored() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <MCCI_IN200100UV01 xmlns="urn:hl7-org:v3"><id extension="&x;"/></MCCI_IN200100UV01>""";
        long before = allCases();

        HttpResponse<String> response = post(clinic, xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("typeCode=\"AR\"").doesNotContain("root:");
        assertThat(allCases()).isEqualTo(before);
    }

    @Test
    void billionLaughsIsRefusedWithAnAr() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY l%d \"%s\">".formatted(i, ("&l" + (i - 1) + ";").repeat(10)));
        }
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [" + entities
                + "]><MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\">&l9;</MCCI_IN200100UV01>";

        HttpResponse<String> response = post(clinic, laughs.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("typeCode=\"AR\"");
    }

    /**
     * Issue 16: a message with the C.1.5 of the case held but other content was taken as a repeat and
     * acknowledged "accepted", and its content dropped. Now it is CR naming C.1.5, and the batch AE.
     */
    @Test
    void otherContentUnderTheSameDateIsRefusedNamingTheElementNotAcceptedAndIgnored() throws Exception {
        IndividualCaseSafetyReport first = report("E2B-SAME-DATE");
        post(clinic, E2bWriter.write(HEADER, List.of(first)));
        IndividualCaseSafetyReport changed = ReportJson.read(ReportsApiIT.SPEC_EXAMPLE
                        .formatted("E2B-SAME-DATE")
                        .replace("Fever and hypotension", "Fever, rash and hypotension"))
                .value();

        HttpResponse<String> again = post(clinic, E2bWriter.write(HEADER, List.of(first)));
        HttpResponse<String> other = post(clinic, E2bWriter.write(HEADER, List.of(changed)));

        assertThat(again.body()).contains("typeCode=\"AA\"");
        assertThat(other.body()).contains("typeCode=\"AE\"", "typeCode=\"CR\"", "EXO-1405", "mostRecentInfoOn");
        assertThat(casesOf("E2B-SAME-DATE")).isEqualTo(1);
    }

    @Test
    void aBatchWithoutATokenIsNotRead() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/reports")))
                        .header("Content-Type", "application/hl7-v3+xml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                E2bWriter.write(HEADER, List.of(report("E2B-NO-TOKEN")))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(casesOf("E2B-NO-TOKEN")).isZero();
    }

    @Test
    void aCaseExportedAndImportedAgainIsTheSameCase() throws Exception {
        IndividualCaseSafetyReport sent = report("E2B-ROUND-1");
        post(clinic, E2bWriter.write(HEADER, List.of(sent)));

        IndividualCaseSafetyReport exported =
                E2bReader.withDefaults().read(exported()).value().acceptedReports().stream()
                        .filter(r -> r.identification().senderReportId().equals("E2B-ROUND-1"))
                        .findFirst()
                        .orElseThrow();

        // Sent without a C.3 of its own, the case came from the batch's sender, and is passed on as from it;
        // and it said it held no documents (C.1.6.1 false).
        assertThat(exported)
                .isEqualTo(sent.withIdentification(sent.identification()
                        .withSender(Sender.organisation(SenderType.OTHER, HEADER.senderId()))
                        .withContext(ReportContext.of(
                                false, List.of(), null, null, List.of(), List.of(), null, null, null))));
        HttpResponse<String> again = post(clinic, E2bWriter.write(HEADER, List.of(exported)));
        assertThat(again.body()).contains("typeCode=\"AA\"");
        assertThat(casesOf("E2B-ROUND-1")).isEqualTo(1);
    }

    @Test
    void twoSendersCasesWithTheSameReportIdAreExportedAsTwoMessages() throws Exception {
        String other = tokens.issue("e2b-other-clinic-" + senders, Role.PROVIDER);
        post(clinic, E2bWriter.write(HEADER, List.of(report("E2B-SAME-ID"))));
        post(other, E2bWriter.write(HEADER, List.of(report("E2B-SAME-ID"))));

        var exported = E2bReader.withDefaults().read(exported()).value();

        assertThat(exported.acceptedReports())
                .filteredOn(r -> r.identification().senderReportId().equals("E2B-SAME-ID"))
                .hasSize(2);
    }

    /** Every valid case of the shared database under ICH to PMDA; other tests leave incomplete reports there. */
    private byte[] exported() {
        return ((E2bExport.Written) exchange.exportAll(ExportProfile.ICH, "PMDA", null, true, "test")).xml();
    }

    private long casesOf(String senderReportId) {
        return jdbc.sql("select count(*) from report_case where sender_report_id = ?")
                .param(senderReportId)
                .query(Long.class)
                .single();
    }

    private long allCases() {
        return jdbc.sql("select count(*) from report_case").query(Long.class).single();
    }

    @Test
    void anR2FileIsTakenInAndAnsweredWithR2sAcknowledgement() throws Exception {
        Path faers = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && faers == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/reference/faers_xml_examples/ADR12Q4.xml");
            faers = Files.isRegularFile(candidate) ? candidate : null;
        }

        HttpResponse<String> response = post(clinic, Files.readAllBytes(faers));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(response.body())
                .contains("<ichicsrack lang=\"en\">")
                .contains("<transmissionacknowledgmentcode>")
                .contains("<safetyreportid>7795712</safetyreportid>");
    }

    private HttpResponse<String> post(String token, byte[] batch) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/reports")))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/hl7-v3+xml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(batch))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
