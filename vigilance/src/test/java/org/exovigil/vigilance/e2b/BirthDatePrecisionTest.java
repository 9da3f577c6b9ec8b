package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, D.2.1 and D.10.2.1 to the precision known: a date of birth given as a year or a month stays a year or a
 * month through E2B (HL7 TS {@code 1980}, {@code 198006}) and never becomes 1 January. The ICH IG wants the patient's
 * to the day (else the age, D.2.2) but lets the parent's be incomplete (D.10.2.1): the ICH profile says so of the
 * patient's only, and the reader takes either as sent.
 */
class BirthDatePrecisionTest {

    private static final BatchHeader HEADER =
            new BatchHeader("B-1", "EXOVIGIL", "UNKNOWN", OffsetDateTime.parse("2026-12-06T10:00:00Z"));

    private static final String CASE = """
            {"senderReportId": "JP-EXO-2026-7", "receivedOn": "2026-11-20", "country": "JP",
             "reporter": {"qualification": "physician", "country": "JP"},
             "patient": {"initials": "KT", "sex": "female", "birthDate": "%s",
                         "parent": {"initials": "MT", "birthDate": "%s"}},
             "products": [{"role": "suspect", "name": "Umbilical cord MSC exosome", "route": "iv"}],
             "reactions": [{"term": "fever", "onset": "2026-11-18"}]}""";

    @ParameterizedTest
    @ValueSource(strings = {"1980", "1980-06", "1980-06-15", "2000-02-29", "0001", "9999-12"})
    void aBirthDateComesBackThroughE2bToThePrecisionItWasGiven(String given) {
        IndividualCaseSafetyReport report = report(given, given);

        IndividualCaseSafetyReport back = roundTrip(report);

        assertThat(back.patient().birthDate().iso()).isEqualTo(given);
        assertThat(back.patient().parent().birthDate().iso()).isEqualTo(given);
        assertThat(back.patient()).isEqualTo(report.patient());
    }

    @Test
    void theWriterSendsTheYearOrMonthAsHl7TsWithoutInventingADay() {
        String xml = new String(E2bWriter.write(HEADER, List.of(report("1980", "1955-03"))), StandardCharsets.UTF_8);

        assertThat(xml).contains("<birthTime value=\"1980\"/>").contains("<birthTime value=\"195503\"/>");
        assertThat(xml).doesNotContain("19800101");
    }

    @Test
    void theIchProfileAsksThePatientsDayButLetsTheParentsBeAYear() {
        assertThat(ExportProfile.ICH.check(HEADER, report("1980-06", "1955")))
                .extracting(ProfileFinding::toString)
                .containsExactly("D.2.1: expected the patient's date of birth to the day (CCYYMMDD); when only the"
                        + " year or month is known send the age (D.2.2) or age group (D.2.3) instead, got \"198006\""
                        + " (ICH-D.2.1-DAY)");
        assertThat(ExportProfile.FDA.check(HEADER, report("1980-06-15", "1955")))
                .noneMatch(f -> f.rule().equals("ICH-D.2.1-DAY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"198013", "19810229", "1980061", "80", "1980-06-15", "abcd", "19800615999999999"})
    void aBirthTimeThatIsNoDateIsRefusedNamingD21(String sent) {
        String xml = new String(E2bWriter.write(HEADER, List.of(report("1980", "1955"))), StandardCharsets.UTF_8)
                .replace("<birthTime value=\"1980\"/>", "<birthTime value=\"" + sent + "\"/>");

        var message = E2bReader.withDefaults()
                .read(xml.getBytes(StandardCharsets.UTF_8))
                .value()
                .messages()
                .getFirst();

        assertThat(message.report().isAccepted()).isFalse();
        assertThat(message.report().problems()).extracting(Problem::code).contains(ProblemCode.NOT_A_DATE);
        assertThat(message.report().problems().toString()).contains("D.2.1");
    }

    @Test
    void aDayIsStillADayAndTheModelSaysSoThroughTheSameValue() {
        PartialDate day = report("1980-06-15", "1955").patient().birthDate();

        assertThat(day.value()).isEqualTo("19800615");
        assertThat(day.date()).hasToString("1980-06-15");
        assertThat(report("1980", "1955").patient().birthDate().date()).isNull();
    }

    private static IndividualCaseSafetyReport report(String patient, String parent) {
        return ReportJson.read(CASE.formatted(patient, parent)).value();
    }

    private static IndividualCaseSafetyReport roundTrip(IndividualCaseSafetyReport report) {
        byte[] written = E2bWriter.write(HEADER, List.of(report));
        return E2bReader.withDefaults().read(written).value().acceptedReports().getFirst();
    }
}
