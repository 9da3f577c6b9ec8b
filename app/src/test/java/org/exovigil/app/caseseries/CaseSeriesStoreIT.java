package org.exovigil.app.caseseries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.reports.CaseCausality;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.causality.NaranjoAnswer;
import org.exovigil.vigilance.causality.NaranjoQuestion;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The series read from the case store: its rows, dates, and the challenge a sender or a reviewer gave. */
class CaseSeriesStoreIT extends RunningExovigil {

    private static final String PRODUCT = "Storetest Cord EV";
    private static final String EVENT = "storetest rash";

    @Autowired
    ReportIntake intake;

    @Autowired
    CaseSeriesStore store;

    @Autowired
    CaseCausality causality;

    @Test
    void theSeriesCarriesTheDatesAndTheChallengesOfEachCase() {
        receive(
                "STORE-1",
                ", \"details\": {\"actionTaken\": \"withdrawn\", \"relatedness\": [{\"reaction\": 0,"
                        + " \"assessments\": [], \"recurrence\": \"1\"}]}");
        UUID reviewed = receive("STORE-2", ", \"details\": {\"actionTaken\": \"withdrawn\"}");
        Map<NaranjoQuestion, NaranjoAnswer> answers = new EnumMap<>(NaranjoQuestion.class);
        answers.put(NaranjoQuestion.IMPROVED_ON_DISCONTINUATION, NaranjoAnswer.NO);
        causality.assess(reviewed, 0, 0, null, answers, "store-reviewer");

        var series = store.of(PRODUCT, EVENT);

        assertThat(series).hasSize(2);
        var sent = series.stream()
                .filter(c -> !c.caseId().equals(reviewed))
                .findFirst()
                .orElseThrow();
        assertThat(sent.administeredOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(sent.onsetOn()).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(sent.route()).isEqualTo("iv");
        assertThat(sent.dechallenge()).isEqualTo(Challenge.POSITIVE);
        assertThat(sent.rechallenge()).isEqualTo(Challenge.POSITIVE);
        var judged = series.stream()
                .filter(c -> c.caseId().equals(reviewed))
                .findFirst()
                .orElseThrow();
        assertThat(judged.dechallenge())
                .as("the reviewer's Naranjo answer outranks the sender's data")
                .isEqualTo(Challenge.NEGATIVE);
        assertThat(judged.rechallenge()).isEqualTo(Challenge.NOT_REPORTED);
        assertThat(store.of(PRODUCT, "another event")).isEmpty();
    }

    private UUID receive(String id, String details) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "2026-02-01", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 40, "sex": "male"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv",
                               "startedOn": "2026-01-05"%s}],
                 "reactions": [{"term": "Storetest  Rash", "onset": "2026-01-07", "outcome": "recovered"}]}""".formatted(id, PRODUCT, details);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:series-store-test", "series-store-test"),
                        null,
                        Channel.API,
                        report.value()))
                .id();
    }
}
