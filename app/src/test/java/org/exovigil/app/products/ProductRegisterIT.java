package org.exovigil.app.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.plans.AnnualReports;
import org.exovigil.app.plans.PlanFiling;
import org.exovigil.app.plans.ProvisionPlans;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A product's dossier is scored, its own specification judges its lots' results, its lots are released by
 * their tests, and a lot's reports are one step away.
 */
class ProductRegisterIT extends RunningExovigil {

    @Autowired
    ProductRegister register;

    @Autowired
    ProductExposures exposures;

    @Autowired
    org.exovigil.app.security.ApiTokens tokens;

    @Autowired
    ReportIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProvisionPlans plans;

    @Autowired
    AnnualReports annualReports;

    @Autowired
    Providers providers;

    @Autowired
    ProviderMembers members;

    @Test
    void aLotsRatePerThousandAdministrationsAppearsOnceItsCountIsRecordedAndOnTheProductPage() throws Exception {
        receive("LOT-RATE-1", "Registertest Lot Rate EV", "LR-01");
        receive("LOT-RATE-2", "Registertest Lot Rate EV", "LR-01");
        long product = jdbc.sql("select id from product where name = 'Registertest Lot Rate EV'")
                .query(Long.class)
                .single();
        long lot = register.addLot(product, "LR-01", "iv", 5.0, "reviewer").value();
        assertThat(exposures.ofLot(lot).rated())
                .as("no count recorded, no rate")
                .isFalse();
        assertThat(exposures.ofLot(lot).reports()).isEqualTo(2);

        assertThat(exposures.recordAdministrations(lot, -1, "reviewer").refusal())
                .isEqualTo(Refusal.of(ProductRefusal.ADMINISTRATIONS_INVALID, "1000000"));
        assertThat(exposures.recordAdministrations(lot, 0, "reviewer").isDone()).isTrue();
        assertThat(exposures.ofLot(lot).rated())
                .as("zero administrations give no rate")
                .isFalse();
        assertThat(exposures.ofLot(lot).whole()).isTrue();
        assertThat(exposures.recordAdministrations(lot, 400, "reviewer").isDone())
                .isTrue();

        var rates = exposures.ofLot(lot);
        assertThat(rates.all().perThousand()).isEqualTo(5.0);
        assertThat(rates.all().lower()).isLessThan(5.0);
        assertThat(rates.all().upper()).isGreaterThan(5.0);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'lot.administrations' and subject = ?")
                        .param("lot:" + lot)
                        .query(Long.class)
                        .single())
                .as("the two counts recorded, not the one refused")
                .isEqualTo(2);
        String token = tokens.issue("lot-rate-regulator", org.exovigil.app.security.Role.REGULATOR);
        String lotPage = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(url("/registry/lots/" + lot + "?lang=en")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(lotPage).contains("5.00 reports per 1,000 administrations", "2 reports in 400 administrations");
        String productPage = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(url("/registry/products/" + product + "?lang=en")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(productPage).contains("5.00 (");
    }

    @Test
    void aLotIsReleasedOnlyWhenEveryRequiredTestPassesAndItsReportsAreListed() {
        receive("LOT-REPORT-1", "Registertest Amnion EV", "RT-01");
        long product = jdbc.sql("select id from product where name = 'Registertest Amnion EV'")
                .query(Long.class)
                .single();
        long lot = register.addLot(product, "RT-01", "intrathecal", 2.0, "reviewer")
                .value();
        // The report named the lot, unlabelled; adding it labelled it. Adding it again does not relabel it.
        assertThat(register.addLot(product, "RT-01", "iv", 9.0, "reviewer").refusal())
                .isEqualTo(Refusal.of(ProductRefusal.LOT_EXISTS, "RT-01"));
        assertThat(register.lot(lot).orElseThrow().route()).isEqualTo("intrathecal");

        assertThat(register.lot(lot).orElseThrow().status()).isEqualTo("on_hold");
        register.recordTest(lot, "sterility", true, null, "reviewer");
        register.recordTest(lot, "mycoplasma", true, null, "reviewer");
        register.recordIdentity(lot, List.of("CD81", "TSG101"), List.of("calnexin"), "reviewer");
        assertThat(register.recordTest(lot, "endotoxin", null, 12.0, "reviewer")
                        .value()
                        .status())
                .isEqualTo("rejected");
        assertThat(register.recordTest(lot, "endotoxin", null, 5.0, "reviewer")
                        .value()
                        .released())
                .isTrue();
        assertThat(register.lot(lot).orElseThrow().status()).isEqualTo("released");
        assertThat(register.results(lot).get("endotoxin").measured()).contains("limit 7.00 EU/mL");

        assertThat(register.casesOf(lot))
                .extracting(ProductRegister.LotCase::problem)
                .containsExactly("meningitis");
    }

    @Test
    void endotoxinNeedsTheLabelledUseAndAValue() {
        receive("LOT-REPORT-2", "Registertest Cord EV", "RT-02");
        long product = jdbc.sql("select id from product where name = 'Registertest Cord EV'")
                .query(Long.class)
                .single();
        long lot = jdbc.sql("select id from lot where product_id = ?")
                .param(product)
                .query(Long.class)
                .single();

        assertThat(register.recordTest(lot, "endotoxin", null, 1.0, "r").refusal())
                .isEqualTo(Refusal.of(ProductRefusal.ENDOTOXIN_NEEDS_LABELLED_USE));
        assertThat(register.recordTest(lot, "sterility", null, null, "r").refusal())
                .isEqualTo(Refusal.of(ProductRefusal.PASSED_NOT_SAID, "sterility"));
        assertThat(register.recordTest(lot, "karyotype", true, null, "r")
                        .refusal()
                        .code())
                .isEqualTo(ProductRefusal.UNKNOWN_TEST);
    }

    @Test
    void theDossierIsKeptAndScored() {
        receive("LOT-REPORT-3", "Registertest Pulp EV", "RT-03");
        long product = jdbc.sql("select id from product where name = 'Registertest Pulp EV'")
                .query(Long.class)
                .single();

        register.saveDossier(
                product,
                new Dossier(
                        "1 L medium", 1e11, 50.0, null, List.of("CD9", "TSG101"), List.of("calnexin"), "TEM", "NTA"),
                "reviewer");

        assertThat(register.dossierOf(product).particlesPerUgProtein()).isEqualTo(2e9);
        assertThat(register.product(product).orElseThrow().dossierPercent()).isEqualTo(100);
    }

    @Test
    void aLotIsJudgedAgainstItsProductsSpecificationAndKeepsItsDecisionWhenTheSpecificationChanges() {
        receive("LOT-REPORT-4", "Registertest Spec EV", "RT-04");
        long product = jdbc.sql("select id from product where name = 'Registertest Spec EV'")
                .query(Long.class)
                .single();
        long lot = register.addLot(product, "RT-04", "iv", 2.0, "reviewer").value();
        assertThat(register.specificationOf(product).version()).isZero();
        int version = register.setSpecification(
                        product,
                        specification(
                                List.of("sterility", "endotoxin", "mycoplasma", "identity", "particle_concentration"),
                                1e9,
                                1e11),
                        "from the validated process",
                        "regulator-1")
                .value();

        assertThat(version).isEqualTo(1);
        register.recordTest(lot, "sterility", true, null, "lab");
        register.recordTest(lot, "mycoplasma", true, null, "lab");
        register.recordTest(lot, "endotoxin", null, 0.5, "lab");
        assertThat(register.recordIdentity(lot, List.of("cd9", "TSG101"), List.of("Calnexin"), "lab")
                        .value()
                        .status())
                .isEqualTo("on_hold");
        assertThat(register.decision(lot).missing()).containsExactly("particle_concentration");
        assertThat(register.recordTest(lot, "particle_concentration", null, 2e11, "lab")
                        .value()
                        .status())
                .isEqualTo("rejected");
        assertThat(register.results(lot).get("particle_concentration").measured())
                .isEqualTo("2e11 particles/mL (spec 1e9–1e11 particles/mL)");
        assertThat(register.recordTest(lot, "particle_concentration", null, 1.2e10, "lab")
                        .value()
                        .released())
                .isTrue();
        register.recordTest(lot, "protein", null, 100.0, "lab");
        assertThat(register.results(lot).get("particles_per_ug_protein").measured())
                .isEqualTo("1.2e8 particles/µg protein (no limit in specification version 1)");

        register.setSpecification(
                product,
                specification(List.of("sterility", "endotoxin", "mycoplasma", "identity"), 1e11, 1e12),
                "tighter after a process change",
                "regulator-1");

        var kept = register.lot(lot).orElseThrow();
        assertThat(kept.status()).isEqualTo("released");
        assertThat(kept.specVersion()).isEqualTo(1);
        assertThat(register.decision(lot).released()).isTrue();
        assertThat(register.specificationOf(product).version()).isEqualTo(2);
        assertThat(register.specificationHistory(product))
                .extracting(ProductRegister.SpecificationVersion::reason)
                .containsExactly("tighter after a process change", "from the validated process");
        assertThat(jdbc.sql(
                                "select detail from audit_event where action = 'product.specification' and subject = ? order by id")
                        .param("product:" + product)
                        .query(String.class)
                        .list())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("version=2")
                .contains("particle_concentration=1e11–1e12 particles/mL", "reason: tighter after a process change");

        assertThat(register.recordTest(lot, "particle_concentration", null, 1.2e10, "lab")
                        .value()
                        .status())
                .isEqualTo("rejected");
        assertThat(register.lot(lot).orElseThrow().specVersion()).isEqualTo(2);
    }

    @Test
    void aSpecificationIsRefusedWithItsCodeAndNothingIsStored() {
        receive("LOT-REPORT-5", "Registertest Refused EV", "RT-05");
        long product = jdbc.sql("select id from product where name = 'Registertest Refused EV'")
                .query(Long.class)
                .single();

        assertThat(register.setSpecification(
                                product,
                                specification(List.of("sterility", "endotoxin", "mycoplasma", "identity"), 1e11, 1e9),
                                "x",
                                "r")
                        .refusal())
                .isEqualTo(Refusal.of(ProductRefusal.MINIMUM_ABOVE_MAXIMUM, "particle_concentration", "1e11", "1e9"));
        assertThat(register.setSpecification(
                                product,
                                specification(List.of("sterility", "endotoxin", "mycoplasma", "identity"), 1e9, 1e11),
                                " ",
                                "r")
                        .refusal())
                .isEqualTo(Refusal.of(ProductRefusal.REASON_NOT_GIVEN));
        assertThat(register.specificationHistory(product)).isEmpty();
        long lot = jdbc.sql("select id from lot where product_id = ?")
                .param(product)
                .query(Long.class)
                .single();
        assertThat(register.recordTest(lot, "particle_size", null, null, "lab").refusal())
                .isEqualTo(Refusal.of(ProductRefusal.VALUE_NOT_MEASURED, "particle_size"));
        assertThat(register.recordTest(lot, "identity", true, null, "lab").refusal())
                .isEqualTo(Refusal.of(ProductRefusal.IDENTITY_NEEDS_MARKERS));
        assertThat(register.recordIdentity(lot, List.of("CD9"), List.of("cd9"), "lab")
                        .refusal())
                .isEqualTo(Refusal.of(ProductRefusal.MARKER_PRESENT_AND_ABSENT, "CD9"));
        assertThat(register.addLot(product, " ", "iv", 1.0, "lab").refusal())
                .isEqualTo(Refusal.of(ProductRefusal.LOT_NOT_LABELLED));
    }

    private static Specification specification(List<String> required, double min, double max) {
        return new Specification(
                0,
                required,
                new Specification.Range(min, max),
                new Specification.Range(50.0, 200.0),
                "mode",
                null,
                null,
                null,
                List.of("CD9", "TSG101"),
                List.of("CALNEXIN"));
    }

    @Test
    void aProductsRateCountsThePatientsOfThePlansNamingItAndTheReportsAtThoseClinics() throws Exception {
        long counting = providers.add(new Provider(0, "Rate Clinic Counting", "JP", "Kobe", null, null, false));
        members.link("rate-staff", counting);
        long plan = plans.file(
                counting,
                new PlanFiling(
                        "JP",
                        "Registertest Rate EV",
                        "exosome",
                        "",
                        "",
                        "orthopedic_joint",
                        "iv",
                        "1e10 particles, once",
                        "3",
                        "Unapproved; risks: infection; cost 100,000 yen; you may refuse."),
                "rate-staff");
        long product = plans.find(plan).orElseThrow().productId();
        assertThat(exposures.of(product).hasDenominator()).isFalse();

        plans.declareConflict(plan, "rate-committee", "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        plans.decide(plan, "rate-committee", true, all, "Complete.", "");
        jdbc.sql("update provision_plan set decided_at = now() - interval '400 days' where id = ?")
                .param(plan)
                .update();
        var due = annualReports.nextAnnualReport(plans.find(plan).orElseThrow()).orElseThrow();
        assertThat(annualReports
                        .fileAnnualReport(plan, "rate-staff", due.periodEnd(), 500, 2, null)
                        .isDone())
                .isTrue();
        receiveAt("RATE-1", "Registertest Rate EV", "Rate Clinic Counting", true);
        receiveAt("RATE-2", "Registertest Rate EV", "Rate Clinic Counting", false);
        receiveAt("RATE-3", "Registertest Rate EV", "Rate Clinic Elsewhere", true);

        var exposure = exposures.of(product);

        assertThat(exposure.patients()).isEqualTo(500);
        assertThat(exposure.reports()).isEqualTo(2);
        assertThat(exposure.seriousReports()).isEqualTo(1);
        assertThat(exposure.countedSerious()).isEqualTo(2);
        assertThat(exposure.reportsOutside()).isEqualTo(1);
        assertThat(exposure.all().perThousand()).isEqualTo(4.0);
        assertThat(exposure.serious().perThousand()).isEqualTo(2.0);
        assertThat(exposure.all().upper()).isGreaterThan(exposure.all().perThousand());
        String register = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/check/register?lang=en")))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(register)
                .as("the public register shows the product's rate with its interval")
                .contains(
                        "Registertest Rate EV",
                        "4.00 (%.2f to %.2f; 2 reports)"
                                .formatted(
                                        exposure.all().lower(), exposure.all().upper()));
    }

    private void receiveAt(String id, String product, String clinic, boolean serious) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 52},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv", "provider": "%s"}],
                 "reactions": [{"term": "fever"%s}]}""".formatted(
                id, LocalDate.now(), product, clinic, serious ? ", \"seriousness\": [\"hospitalisation\"]" : "");
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(
                new Submission(new SenderPrincipal("test:rate-test", "rate-test"), null, Channel.API, report.value()));
    }

    private void receive(String id, String product, String lot) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": 47},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "intrathecal", "lot": "%s"}],
                 "reactions": [{"term": "meningitis", "seriousness": ["hospitalisation"]}]}""".formatted(id, LocalDate.now(), product, lot);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(
                new Submission(new SenderPrincipal("test:lot-test", "lot-test"), null, Channel.API, report.value()));
    }
}
