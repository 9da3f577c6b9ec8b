package org.exovigil.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.AccountRefused;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reports name clinics, products and lots; the register learns them, keeps them private until reviewed, and merges duplicates. */
class RegistryFromReportsIT extends RunningExovigil {

    @Autowired
    ReportIntake intake;

    @Autowired
    Providers providers;

    @Autowired
    RegistryReview review;

    @Autowired
    ProviderStaff staff;

    @Autowired
    Accounts accounts;

    @Autowired
    ProviderMembers members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownClinicBecomesAnUnreviewedRecordThatPublicPagesDoNotShow() {
        UUID first = receive("REG-NEW-1", "KR", "Cheongdam Vesicle Lab", "Glow-EV", "GL-001");
        UUID second = receive("REG-NEW-2", "KR", "  cheongdam   vesicle LAB ", "glow-ev", "GL-001");

        assertThat(providerOf(first)).isEqualTo(providerOf(second));
        assertThat(lotOf(first)).isEqualTo(lotOf(second));
        assertThat(providers.search("Cheongdam Vesicle")).isEmpty();
        assertThat(review.pendingProviders())
                .filteredOn(pending -> pending.name().equals("Cheongdam Vesicle Lab"))
                .singleElement()
                .satisfies(pending -> assertThat(pending.cases()).isEqualTo(2));

        assertThat(review.confirm(RegistryReview.Kind.PROVIDER, providerOf(first), "reviewer")
                        .isDone())
                .isTrue();

        assertThat(providers.search("Cheongdam Vesicle"))
                .extracting(Provider::country)
                .containsExactly("KR");
    }

    @Test
    void theSameNameInAnotherCountryIsAnotherClinic() {
        UUID korean = receive("REG-COUNTRY-1", "KR", "Lumière Regen Clinic", "Lumi EV", null);
        UUID japanese = receive("REG-COUNTRY-2", "JP", "Lumière Regen Clinic", "Lumi EV", null);

        assertThat(providerOf(korean)).isNotEqualTo(providerOf(japanese));
    }

    @Test
    void aDuplicateIsMergedAndItsCasesAndLotsFollow() {
        UUID a = receive("REG-MERGE-1", "JP", "表参道再生クリニック", "ExoGlow 10", "EG-7");
        UUID b = receive("REG-MERGE-2", "JP", "表参道再生クリニック", "Exo Glow10", "EG-7");
        long survivor = productOf(a);
        long duplicate = productOf(b);
        review.confirm(RegistryReview.Kind.PRODUCT, survivor, "reviewer");
        assertThat(review.pendingProducts())
                .filteredOn(pending -> pending.id() == duplicate)
                .singleElement()
                .satisfies(pending -> assertThat(pending.candidates())
                        .extracting(RegistryReview.Candidate::id)
                        .contains(survivor));

        assertThat(review.merge(RegistryReview.Kind.PRODUCT, duplicate, survivor, "reviewer")
                        .isDone())
                .isTrue();

        assertThat(productOf(b)).isEqualTo(survivor);
        assertThat(lotOf(b)).isEqualTo(lotOf(a));
        UUID later = receive("REG-MERGE-3", "JP", "表参道再生クリニック", "Exo Glow10", "EG-8");
        assertThat(productOf(later)).isEqualTo(survivor);
        assertThat(review.merge(RegistryReview.Kind.PRODUCT, duplicate, survivor, "reviewer")
                        .refusal()
                        .code())
                .isEqualTo(RegistryRefusal.NOT_BOTH_LIVE);
        assertThat(review.merge(RegistryReview.Kind.PRODUCT, survivor, survivor, "reviewer")
                        .refusal()
                        .code())
                .isEqualTo(RegistryRefusal.MERGED_INTO_ITSELF);
    }

    @Test
    void reportsNamingTheSameNewClinicAtOnceCreateOneRecord() throws Exception {
        List<Callable<UUID>> reports = IntStream.range(0, 8)
                .<Callable<UUID>>mapToObj(
                        i -> () -> receive("REG-RACE-" + i, "TW", "Xinyi Stem Cell Centre", "XY-EV", null))
                .toList();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var ids = pool.invokeAll(reports).stream().map(future -> {
                try {
                    return providerOf(future.get());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(ids.distinct()).hasSize(1);
        }
    }

    @Test
    void staffAreLinkedToTheirProvider() {
        UUID named = receive("REG-OWN-1", "SG", "Orchard Longevity Clinic", "Orchard EV", null);
        long provider = providerOf(named);

        staff.invite("orchard-nurse", Role.PROVIDER, provider);

        assertThat(members.providerOf("orchard-nurse"))
                .get()
                .extracting(Provider::id)
                .isEqualTo(provider);
        assertThat(members.principalsOf(provider)).containsExactly("orchard-nurse");
    }

    @Test
    void staffInvitedWithAnAddressGetTheInvitationLetterInTheirLanguage() {
        long provider = providerOf(receive("REG-OWN-MAIL", "JP", "Minato Cell Clinic", "Minato EV", null));

        staff.invite(
                "minato-nurse",
                Role.PROVIDER,
                provider,
                "nurse@minato.example.jp",
                java.util.Locale.JAPANESE,
                "https://exovigil.example");

        record Queued(String kind, String recipient, String language, String subject) {}
        assertThat(jdbc.sql("select kind, recipient, language, subject from mail_outbox where about = ?")
                        .param("account:minato-nurse")
                        .query((rs, row) ->
                                new Queued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .list())
                .containsExactly(
                        new Queued("invitation", "nurse@minato.example.jp", "ja", "Exovigil：アカウント「minato-nurse」のご案内"));
        assertThat(members.providerOf("minato-nurse"))
                .get()
                .extracting(Provider::id)
                .isEqualTo(provider);
    }

    @Test
    void staffForAProviderThatDoesNotExistGetNoLetter() {
        assertThatThrownBy(() -> staff.invite(
                        "ghost-mailed-staff",
                        Role.PROVIDER,
                        987_654_321L,
                        "ghost@example.org",
                        java.util.Locale.ENGLISH,
                        "https://exovigil.example"))
                .isInstanceOf(AccountRefused.class);

        assertThat(jdbc.sql("select count(*) from mail_outbox where about = 'account:ghost-mailed-staff'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void staffForAProviderThatDoesNotExistAreNotCreated() {
        assertThatThrownBy(() -> staff.invite("ghost-clinic-staff", Role.PROVIDER, 987_654_321L))
                .isInstanceOf(AccountRefused.class);

        assertThat(accounts.find("ghost-clinic-staff")).isEmpty();
    }

    private long providerOf(UUID caseId) {
        return jdbc.sql("select provider_id from report_product where case_id = ? and position = 0")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    private long productOf(UUID caseId) {
        return jdbc.sql("select product_id from report_product where case_id = ? and position = 0")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    private long lotOf(UUID caseId) {
        return jdbc.sql("select lot_id from report_product where case_id = ? and position = 0")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    private UUID receive(String id, String country, String clinic, String product, String lot) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "%s",
                 "reporter": {"qualification": "physician", "country": "%s"},
                 "patient": {"ageYears": 50},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", %s "provider": "%s"}],
                 "reactions": [{"term": "rash"}]}""".formatted(
                id, LocalDate.now(), country, country, product, lot == null ? "" : "\"lot\": \"" + lot + "\",", clinic);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:registry-test", "registry-test"), null, Channel.API, report.value()))
                .id();
    }
}
