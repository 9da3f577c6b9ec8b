package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer narrows the queue by words, country, status, channel, seriousness and date of receipt. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueSearchIT extends RunningExovigil {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportStore store;

    @BeforeAll
    void receiveReports() {
        receive("SEARCH-1", "KR", "Zqx-Vesicle Serum", "LOT-ZQ-77", "Gangnam Regen Clinic", "skin necrosis", true);
        receive("SEARCH-2", "JP", "Zqx 培養上清", "ZQ-88", "新宿再生クリニック", "アナフィラキシー", true);
        receive("SEARCH-3", "KR", "Zqx Hair Tonic", "ZQ-99", "Seoul Hair Centre", "itching 100%", false);
    }

    @Test
    void wordsAreFoundInReactionsProductsLotsAndProviders() {
        assertThat(references(search("zqx-vesicle"))).containsExactly("SEARCH-1");
        assertThat(references(search("necrosis"))).containsExactly("SEARCH-1");
        assertThat(references(search("ZQ-88"))).containsExactly("SEARCH-2");
        assertThat(references(search("新宿再生"))).containsExactly("SEARCH-2");
        assertThat(references(search("zqx"))).containsExactlyInAnyOrder("SEARCH-1", "SEARCH-2", "SEARCH-3");
    }

    @Test
    void wildcardsInTheWordsAreTakenLiterally() {
        assertThat(references(search("100%"))).containsExactly("SEARCH-3");
        assertThat(references(search("Z_x"))).isEmpty();
    }

    @Test
    void filtersCombine() {
        var koreanSerious = new QueueFilter("zqx", "kr", "", "", true, null, null);
        assertThat(references(koreanSerious)).containsExactly("SEARCH-1");

        var confirmed = new QueueFilter("zqx", "", "confirmed", "", false, null, null);
        assertThat(references(confirmed)).isEmpty();

        var byApi = new QueueFilter("zqx", "", "unverified", "api", false, null, null);
        assertThat(references(byApi)).hasSize(3);
    }

    @Test
    void theWindowOfReceiptIncludesBothEnds() {
        assertThat(references(new QueueFilter("zqx", "", "", "", false, TODAY, TODAY)))
                .hasSize(3);
        assertThat(references(new QueueFilter("zqx", "", "", "", false, TODAY.plusDays(1), null)))
                .isEmpty();
        assertThat(references(new QueueFilter("zqx", "", "", "", false, null, TODAY.minusDays(1))))
                .isEmpty();
    }

    @Test
    void valuesOutsideTheKnownCodesAreIgnored() {
        var odd = new QueueFilter("zqx", "Korea", "'; drop table report_case; --", "fax", false, null, null);

        assertThat(odd.country()).isEmpty();
        assertThat(odd.verification()).isEmpty();
        assertThat(odd.channel()).isEmpty();
        assertThat(references(odd)).hasSize(3);
    }

    @Test
    void absentValuesMeanAny() {
        var absent = new QueueFilter(null, null, null, null, null, null, null);

        assertThat(absent).isEqualTo(QueueFilter.none());
        assertThat(absent.isEmpty()).isTrue();
    }

    @Test
    void eachVersionOfACaseIsInItsTimeline() {
        var found = store.queue(QueueView.ALL, new QueueFilter("ZQ-99", "", "", "", false, null, null), TODAY, 10);

        assertThat(store.versions(found.getFirst().id())).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(1);
            assertThat(version.nullifies()).isFalse();
            assertThat(version.valid()).isTrue();
        });
    }

    private static QueueFilter search(String words) {
        return new QueueFilter(words, "", "", "", false, null, null);
    }

    private List<String> references(QueueFilter filter) {
        return store.queue(QueueView.ALL, filter, TODAY, 100).stream()
                .map(entry -> store.find(entry.id())
                        .orElseThrow()
                        .clinical()
                        .get("senderReportId")
                        .asString())
                .toList();
    }

    private void receive(
            String id, String country, String product, String lot, String provider, String term, boolean serious) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "%s",
                 "reporter": {"qualification": "physician", "country": "%s"},
                 "patient": {"ageYears": 44, "sex": "female"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "topical",
                               "lot": "%s", "provider": "%s"}],
                 "reactions": [{"term": "%s", "seriousness": [%s]}]}""".formatted(
                id, TODAY, country, country, product, lot, provider, term, serious ? "\"hospitalisation\"" : "");
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:search-test", "search-test"), null, Channel.API, report.value()));
    }
}
