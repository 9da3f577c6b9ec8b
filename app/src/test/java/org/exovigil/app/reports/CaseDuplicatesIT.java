package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.signals.CaseSignals;
import org.exovigil.app.signals.SignalRow;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same case reported by the patient and by the clinic is suspected once, counted once in the
 * signals, and a regulator's decision holds when the matcher runs again.
 */
class CaseDuplicatesIT extends RunningExovigil {

    @Autowired
    ReportIntake intake;

    @Autowired
    CaseDuplicates duplicates;

    @Autowired
    CaseSignals signals;

    @Test
    void thePatientsAndTheClinicsReportOfOneCaseAreSuspectedAndCountedOnce() {
        UUID clinic = receive(
                "dup-clinic", "CL-2026-11", "Dupcheck Amnion EV", "dupcheck meningitis", 47, "female", "D-LOT-9");
        UUID patient = receive(
                "dup-patient", "PT-0001", "Dupcheck  amnion ev", "Dupcheck meningitis", 47, "female", "D-LOT-9");
        receive("dup-other", "CL-2026-12", "Dupcheck Amnion EV", "dupcheck meningitis", 71, "male", "D-LOT-2");

        duplicates.detect();

        CaseDuplicates.Pair pair = pairOf(clinic, patient, "suspected").orElseThrow();
        assertThat(pair.evidence()).contains("products agree");
        assertThat(pair.score()).isPositive();
        assertThat(pair(signals, "Dupcheck Amnion EV", "dupcheck meningitis"))
                .get()
                .extracting(SignalRow::n)
                .isEqualTo(2L);
        assertThat(duplicates.masterReferenceOf(clinic).isPresent()
                        ^ duplicates.masterReferenceOf(patient).isPresent())
                .isTrue();
    }

    @Test
    void aRejectedPairIsTwoCasesFromThenOn() {
        UUID first = receive("dup-r1", "R-1", "Dupreject Cord EV", "dupreject uveitis", 33, "male", "R-LOT");
        UUID second = receive("dup-r2", "R-2", "Dupreject Cord EV", "dupreject uveitis", 33, "male", "R-LOT");
        duplicates.detect();
        assertThat(pairOf(first, second, "suspected")).isPresent();

        assertThat(duplicates.decide(
                        second, first, false, "Twins treated the same day; different charts.", "regulator"))
                .isTrue();
        duplicates.detect();

        assertThat(pairOf(first, second, "suspected")).isEmpty();
        assertThat(pairOf(first, second, "rejected"))
                .get()
                .extracting(CaseDuplicates.Pair::decidedBy)
                .isEqualTo("regulator");
        assertThat(duplicates.masterReferenceOf(first)).isEmpty();
        assertThat(duplicates.masterReferenceOf(second)).isEmpty();
        assertThat(pair(signals, "Dupreject Cord EV", "dupreject uveitis"))
                .get()
                .extracting(SignalRow::n)
                .isEqualTo(2L);
    }

    @Test
    void aDecisionNeedsItsGroundsAndIsTakenOnce() {
        UUID first = receive("dup-g1", "G-1", "Dupground Serum", "dupground rash", 60, "female", "G-LOT");
        UUID second = receive("dup-g2", "G-2", "Dupground Serum", "dupground rash", 60, "female", "G-LOT");
        duplicates.detect();

        assertThat(duplicates.decide(first, second, true, "Same patient: same initials, date and clinic.", "regulator"))
                .isTrue();
        assertThat(duplicates.decide(first, second, false, "changed my mind", "regulator"))
                .isFalse();
        duplicates.detect();
        assertThat(pairOf(first, second, "confirmed")).isPresent();
    }

    private Optional<CaseDuplicates.Pair> pairOf(UUID a, UUID b, String status) {
        return duplicates.pairs(status).stream()
                .filter(p -> (p.first().id().equals(a) && p.second().id().equals(b))
                        || (p.first().id().equals(b) && p.second().id().equals(a)))
                .findFirst();
    }

    private static Optional<SignalRow> pair(CaseSignals signals, String product, String event) {
        return signals.current().rows().stream()
                .filter(row -> row.product().equals(product) && row.event().equals(event))
                .findFirst();
    }

    private UUID receive(String sender, String id, String product, String term, int age, String sex, String lot) {
        String body =
                """
                {"senderReportId": "%s", "receivedOn": "2026-11-20", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": %d, "sex": "%s"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv",
                               "provider": "%s Clinic"%s}],
                 "reactions": [{"term": "%s", "onset": "2026-11-17", "seriousness": ["hospitalisation"]}]}"""
                        .formatted(
                                id,
                                age,
                                sex,
                                product,
                                sender.startsWith("dup-other") ? "Another" : product,
                                lot == null ? "" : ", \"lot\": \"" + lot + "\"",
                                term);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(sender, null, Channel.API, report.value()))
                .id();
    }
}
