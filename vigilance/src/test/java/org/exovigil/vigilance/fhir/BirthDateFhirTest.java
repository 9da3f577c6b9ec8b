package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16: FHIR's Patient.birthDate is a date of a year, a month or a day (YYYY, YYYY-MM, YYYY-MM-DD), and D.2.1
 * goes out and comes back at the precision the case knows, never padded to a day.
 */
class BirthDateFhirTest {

    private static final String CASE = """
            {"senderReportId": "JP-EXO-2026-8", "receivedOn": "2026-11-20", "country": "JP",
             "reporter": {"qualification": "physician", "country": "JP"},
             "patient": {"initials": "KT", "sex": "female", "birthDate": "%s"},
             "products": [{"role": "suspect", "name": "Umbilical cord MSC exosome", "route": "iv"}],
             "reactions": [{"term": "fever", "onset": "2026-11-18"}]}""";

    @ParameterizedTest
    @ValueSource(strings = {"1980", "1980-06", "1980-06-15"})
    void aBirthDateIsWrittenAndReadAtItsPrecision(String given) {
        IndividualCaseSafetyReport report =
                ReportJson.read(CASE.formatted(given)).value();

        String json = FhirWriter.write(report, FhirFormat.JSON);
        Checked<List<FhirCase>> read = FhirReader.withDefaults().read(json, FhirFormat.JSON);

        assertThat(json).contains("\"birthDate\": \"" + given + "\"");
        assertThat(read.value()
                        .getFirst()
                        .report()
                        .value()
                        .patient()
                        .birthDate()
                        .iso())
                .isEqualTo(given);
    }

    @Test
    void aBirthDateWithATimeOfDayGoesOutAsItsDayForFhirHasNoTimeThere() {
        IndividualCaseSafetyReport report =
                ReportJson.read(CASE.formatted("2026-01-02T03:04:05+09:00")).value();

        assertThat(FhirWriter.write(report, FhirFormat.JSON)).contains("\"birthDate\": \"2026-01-02\"");
    }
}
