package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.TestDatabase;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.signals.CaseSignals;
import org.exovigil.signals.PairStatistics;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same case reported by the patient and by the clinic is suspected once, counted once in the
 * signals, and a regulator's decision holds when the matcher runs again. On a store of its own with a
 * background of 400 unrelated cases, because the matcher weighs agreement by how rare a value is in the
 * store: a store made only of other tests' look-alike reports is no store a regulator would have.
 */
class CaseDuplicatesIT {

    private static ConfigurableApplicationContext context;
    private static ReportIntake intake;
    private static CaseDuplicates duplicates;
    private static CaseSignals signals;

    @BeforeAll
    static void aStoreWithUnrelatedCases() {
        String data = TestDatabase.freshDataDirectory().toString();
        context = new SpringApplicationBuilder(ExovigilApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "exovigil.data-dir",
                        data,
                        "exovigil.database.embedded-dir",
                        data + "/pg17",
                        "logging.level.root",
                        "warn"))
                .run();
        intake = context.getBean(ReportIntake.class);
        duplicates = context.getBean(CaseDuplicates.class);
        signals = context.getBean(CaseSignals.class);
        Random random = new Random(20261123);
        String[] countries = {"JP", "US", "KR", "DE", "GB", "AU"};
        for (int i = 0; i < 400; i++) {
            receive(
                    "background-" + (i % 7),
                    "BG-" + i,
                    "Background product " + random.nextInt(40),
                    "background event " + random.nextInt(60),
                    18 + random.nextInt(70),
                    random.nextBoolean() ? "female" : "male",
                    random.nextInt(3) == 0 ? "BG-LOT-" + random.nextInt(200) : null,
                    countries[random.nextInt(countries.length)],
                    LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600)));
        }
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void thePatientsAndTheClinicsReportOfOneCaseAreSuspectedAndCountedOnce() {
        LocalDate onset = LocalDate.of(2026, 9, 14);
        UUID clinic = receive(
                "dup-clinic",
                "CL-2026-11",
                "Dupcheck Amnion EV",
                "dupcheck meningitis",
                47,
                "female",
                "D-LOT-9",
                "JP",
                onset);
        UUID patient = receive(
                "dup-patient",
                "PT-0001",
                "Dupcheck  amnion ev",
                "Dupcheck meningitis",
                47,
                "female",
                null,
                "JP",
                onset);
        UUID another = receive(
                "dup-clinic",
                "CL-2026-12",
                "Dupcheck Amnion EV",
                "dupcheck meningitis",
                71,
                "male",
                "D-LOT-2",
                "JP",
                onset.minusDays(40));

        duplicates.detect();

        CaseDuplicates.Pair pair = pairOf(clinic, patient, "suspected").orElseThrow();
        assertThat(pair.evidence()).contains("products agree", "age agrees");
        assertThat(pair.score()).isGreaterThanOrEqualTo(20);
        assertThat(duplicates.pairs("suspected"))
                .noneMatch(
                        p -> p.first().id().equals(another) || p.second().id().equals(another));
        assertThat(n("Dupcheck Amnion EV", "dupcheck meningitis")).isEqualTo(2);
        assertThat(duplicates.masterReferenceOf(clinic).isPresent()
                        ^ duplicates.masterReferenceOf(patient).isPresent())
                .isTrue();
    }

    @Test
    void aRejectedPairIsTwoCasesFromThenOn() {
        LocalDate onset = LocalDate.of(2026, 8, 2);
        UUID first =
                receive("dup-r", "R-1", "Dupreject Cord EV", "dupreject uveitis", 33, "male", "R-LOT", "KR", onset);
        UUID second =
                receive("dup-r", "R-2", "Dupreject Cord EV", "dupreject uveitis", 33, "male", "R-LOT", "KR", onset);
        duplicates.detect();
        assertThat(pairOf(first, second, "suspected")).isPresent();
        assertThat(n("Dupreject Cord EV", "dupreject uveitis")).isEqualTo(1);

        assertThat(duplicates
                        .decide(second, first, false, "Twins treated the same day; different charts.", "regulator")
                        .isDone())
                .isTrue();
        duplicates.detect();

        assertThat(pairOf(first, second, "suspected")).isEmpty();
        assertThat(pairOf(first, second, "rejected"))
                .get()
                .extracting(CaseDuplicates.Pair::decidedBy)
                .isEqualTo("regulator");
        assertThat(duplicates.masterReferenceOf(first)).isEmpty();
        assertThat(duplicates.masterReferenceOf(second)).isEmpty();
        assertThat(n("Dupreject Cord EV", "dupreject uveitis")).isEqualTo(2);
    }

    @Test
    void aDecisionNeedsItsGroundsAndIsTakenOnce() {
        LocalDate onset = LocalDate.of(2026, 7, 21);
        UUID first = receive("dup-g", "G-1", "Dupground Serum", "dupground rash", 60, "female", "G-LOT", "AU", onset);
        UUID second = receive("dup-g", "G-2", "Dupground Serum", "dupground rash", 60, "female", "G-LOT", "AU", onset);
        duplicates.detect();

        assertThat(duplicates
                        .decide(first, second, true, " ", "regulator")
                        .refusal()
                        .code())
                .isEqualTo(ReportRefusal.DUPLICATE_DECISION);
        assertThat(duplicates
                        .decide(first, second, true, "Same patient: same date, lot and clinic.", "regulator")
                        .isDone())
                .isTrue();
        assertThat(duplicates
                        .decide(first, second, false, "changed my mind", "regulator")
                        .refusal()
                        .code())
                .isEqualTo(ReportRefusal.DUPLICATE_DECISION);
        duplicates.detect();
        assertThat(pairOf(first, second, "confirmed")).isPresent();
    }

    @Test
    void aReportCitingAnothersNumberIsLinkedToItWhateverItsScore() {
        LocalDate onset = LocalDate.of(2026, 6, 5);
        UUID clinic =
                receive("dup-x", "CLX-77", "Dupcited Placenta EV", "dupcited rash", 52, "male", null, "GB", onset);
        String citing = """
                {"senderReportId": "MHRA-2026-5", "receivedOn": "2026-06-20", "country": "GB",
                 "otherCaseIds": ["CLX-77"],
                 "reporter": {"qualification": "other_health_professional", "country": "GB"},
                 "products": [{"role": "suspect", "name": "Dupcited Placenta EV", "type": "exosome"}],
                 "reactions": [{"term": "dupcited rash"}]}""";
        UUID regulator = intake.receive(new Submission(
                        new SenderPrincipal("test:dup-regulator", "dup-regulator"),
                        null,
                        Channel.API,
                        ((Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(citing)).value()))
                .id();

        duplicates.detect();

        assertThat(pairOf(clinic, regulator, "suspected"))
                .get()
                .extracting(CaseDuplicates.Pair::indication)
                .asString()
                .contains("CLX-77");
    }

    private static Optional<CaseDuplicates.Pair> pairOf(UUID a, UUID b, String status) {
        return duplicates.pairs(status).stream()
                .filter(p -> (p.first().id().equals(a) && p.second().id().equals(b))
                        || (p.first().id().equals(b) && p.second().id().equals(a)))
                .findFirst();
    }

    private static long n(String product, String event) {
        return signals.current().rows().stream()
                .filter(row -> row.product().equals(product) && row.event().equals(event))
                .findFirst()
                .map(PairStatistics::n)
                .orElse(0L);
    }

    private static UUID receive(
            String sender,
            String id,
            String product,
            String term,
            int age,
            String sex,
            String lot,
            String country,
            LocalDate onset) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "%s",
                 "reporter": {"qualification": "physician", "country": "%s"},
                 "patient": {"ageYears": %d, "sex": "%s"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv",
                               "provider": "%s Clinic"%s}],
                 "reactions": [{"term": "%s", "onset": "%s", "seriousness": ["hospitalisation"]}]}""".formatted(
                        id,
                        onset.plusDays(3),
                        country,
                        country,
                        age,
                        sex,
                        product,
                        product,
                        lot == null ? "" : ", \"lot\": \"" + lot + "\"",
                        term,
                        onset);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:" + sender, sender), null, Channel.API, report.value()))
                .id();
    }
}
