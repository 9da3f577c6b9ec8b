package org.exovigil.vigilance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.clock.CaseSetting;
import org.exovigil.vigilance.clock.ClockReading;
import org.exovigil.vigilance.clock.TestDuties;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.ReferenceSafetyInformation;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Validity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportJsonTest {

    /** The minimal body of spec/report.md, verbatim. */
    static final String SPEC_BODY = """
            {
              "senderReportId": "CLINIC-42-2026-0001",
              "receivedOn": "2026-11-20",
              "country": "JP",
              "reporter": {"qualification": "physician", "country": "JP"},
              "patient": {"initials": "AB", "ageYears": 54, "sex": "female"},
              "products": [{"role": "suspect", "name": "Dental pulp culture supernatant", "type": "culture_supernatant",
                            "lot": "L-2026-07", "route": "iv", "provider": "Example Clinic Tokyo"}],
              "reactions": [{"term": "sepsis", "onset": "2026-11-18", "outcome": "not_recovered",
                             "seriousness": ["hospitalisation", "life_threatening"]}],
              "narrative": "Fever and hypotension two days after an IV infusion."
            }
            """;

    private static java.util.List<String> problems(String body) {
        return ReportJson.read(body).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theMinimalBodyOfTheSpecIsAValidReport() {
        IndividualCaseSafetyReport report = ReportJson.read(SPEC_BODY).value();

        assertThat(report.identification().senderReportId()).isEqualTo("CLINIC-42-2026-0001");
        assertThat(report.identification().receivedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(report.products().getFirst().type()).isEqualTo(ProductType.CULTURE_SUPERNATANT);
        assertThat(report.reactions().getFirst().seriousness())
                .containsExactlyInAnyOrder(SeriousnessCriterion.HOSPITALISATION, SeriousnessCriterion.LIFE_THREATENING);
        assertThat(Validity.of(report).isValid()).isTrue();
    }

    @Test
    void aBirthDateIsAYearAMonthOrADayAndStaysSoAndNoOtherTextIsOne() {
        for (String given : java.util.List.of("1980", "1980-06", "1980-06-15")) {
            String body = SPEC_BODY.replace("\"patient\": {", "\"patient\": {\"birthDate\": \"" + given + "\", ");
            IndividualCaseSafetyReport report = ReportJson.read(body).value();

            assertThat(report.patient().birthDate().iso()).isEqualTo(given);
            assertThat(ReportJson.write(report)).contains("\"birthDate\":\"" + given + "\"");
            assertThat(ReportJson.read(ReportJson.write(report)).value()).isEqualTo(report);
        }
        for (String wrong : java.util.List.of("1980-13", "1981-02-29", "80", "15/06/1980", "", "1980-6")) {
            String body = SPEC_BODY.replace("\"patient\": {", "\"patient\": {\"birthDate\": \"" + wrong + "\", ");
            assertThat(problems(body)).as(wrong).anyMatch(p -> p.contains("patient.birthDate"));
        }
    }

    @Test
    void aReportSurvivesTheRoundTripThroughJson() {
        IndividualCaseSafetyReport report = ReportJson.read(SPEC_BODY).value();

        assertThat(ReportJson.read(ReportJson.write(report)).value()).isEqualTo(report);
    }

    @Test
    void theCaseIdsOfOtherSendersAreKeptAndMustBeTexts() {
        String withIds = SPEC_BODY.replaceFirst("\\{", "{\"otherCaseIds\": [\" PMDA-2026-000123 \", \"CL-7\"],");

        IndividualCaseSafetyReport report = ReportJson.read(withIds).value();

        assertThat(report.identification().otherCaseIds()).containsExactly("PMDA-2026-000123", "CL-7");
        assertThat(ReportJson.read(ReportJson.write(report)).value()).isEqualTo(report);
        assertThat(ReportJson.read(SPEC_BODY.replaceFirst("\\{", "{\"otherCaseIds\": [7],"))
                        .problems())
                .extracting(p -> p.code().id() + " " + p.path())
                .containsExactly("EXO-1204 otherCaseIds[0]");
    }

    @Test
    void theResponseSaysValidSeriousnessAndTheVoluntaryDeadlineWithItsBasis() {
        IndividualCaseSafetyReport report = ReportJson.read(SPEC_BODY).value();
        ClockReading clock = TestDuties.clock().read(report, ReferenceSafetyInformation.none(), CaseSetting.of(report));

        JsonNode body = ReportJson.assessment(Validity.of(report), clock);

        assertThat(body.get("valid").asBoolean()).isTrue();
        assertThat(body.get("seriousness").toString()).isEqualTo("[\"life_threatening\",\"hospitalisation\"]");
        JsonNode deadline = body.get("deadlines").get(0);
        assertThat(deadline.get("dueOn").asString()).isEqualTo("2026-11-27");
        assertThat(deadline.get("kind").asString()).isEqualTo("voluntary");
        assertThat(deadline.get("basis").get("source").asString()).startsWith("Exovigil voluntary reporting policy");
    }

    @Test
    void anEmptyBodyIsNotAReport() {
        assertThat(problems("")).containsExactly("EXO-1200: expected a JSON object, got an empty body");
        assertThat(problems("[1,2]")).containsExactly("EXO-1200: expected a JSON object, got [1,2]");
        assertThat(ReportJson.read("{\"senderReportId\": ").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.NOT_JSON);
    }

    @Test
    void anEmptyObjectNamesBothRequiredFields() {
        assertThat(problems("{}"))
                .containsExactly(
                        "EXO-1201: senderReportId: expected a non-empty text",
                        "EXO-1201: receivedOn: expected the date the report was first received (YYYY-MM-DD)");
    }

    @Test
    void aPartialReportOfADeathIsAcceptedAsAnInvalidCase() {
        IndividualCaseSafetyReport report = ReportJson.read("""
                {"senderReportId": "P-1", "receivedOn": "2026-11-20",
                 "reactions": [{"term": "died after an infusion", "outcome": "fatal"}]}
                """).value();

        assertThat(Validity.of(report).isValid()).isFalse();
        assertThat(Validity.of(report).unmet()).hasSize(3);
    }

    @Test
    void everyMalformedDateIsNamedWithItsPathAndTheValueSent() {
        assertThat(problems("""
                {"senderReportId": "S", "receivedOn": "2026-02-30",
                 "reactions": [{"term": "rash", "onset": "18/11"}, {"term": "fever", "onset": 20261118}]}
                """))
                .containsExactly(
                        "EXO-1203: receivedOn: expected a date (YYYY-MM-DD), got \"2026-02-30\"",
                        "EXO-1203: reactions[0].onset: expected a date (YYYY-MM-DD), got \"18/11\"",
                        "EXO-1203: reactions[1].onset: expected a date (YYYY-MM-DD), got 20261118");
    }

    @Test
    void wrongTypesCodesAndUnknownFieldsAreAllReportedAtOnce() {
        assertThat(problems("""
                {"senderReportId": 42, "receivedOn": "2026-11-20", "patient": {"ageYears": "fifty", "sex": "F"},
                 "products": [{"role": "suspected", "name": "X", "route": "IV"}, "Y"],
                 "reactions": [{"term": "rash", "seriousness": ["hospitalization"]}],
                 "reporter": [], "narative": "typo"}
                """))
                .containsExactly(
                        "EXO-1208: narative: expected one of [comments, context, country, mostRecentInfoOn, narrative, nullification, otherCaseIds, otherReporters, patient, products, reactions, receivedOn, reportType, reporter, sender, senderReportId, tests, version, worldwideUniqueId], got \"narative\"",
                        "EXO-1204: senderReportId: expected a text, got 42",
                        "EXO-1204: reporter: expected an object, got []",
                        "EXO-1204: patient.ageYears: expected a whole number, got \"fifty\"",
                        "EXO-1202: patient.sex: expected one of male, female, unknown, got \"F\"",
                        "EXO-1202: products[0].role: expected one of suspect, concomitant, interacting, not_administered, got \"suspected\"",
                        "EXO-1202: products[0].route: expected one of iv, topical, microneedling, injection_local, intra_articular, intradiscal, epidural, intrathecal, nebulised_inhaled, intranasal, intramuscular, other, got \"IV\"",
                        "EXO-1204: products[1]: expected an object, got \"Y\"",
                        "EXO-1202: reactions[0].seriousness[0]: expected one of death, life_threatening, hospitalisation, disability, congenital_anomaly, other_medically_important, got \"hospitalization\"");
    }

    @Test
    void unicodeNamesAndTermsAreKeptAsSent() {
        IndividualCaseSafetyReport report = ReportJson.read("""
                {"senderReportId": "患者-2026-001", "receivedOn": "2026-11-20", "country": "JP",
                 "reporter": {"name": "山田 花子", "qualification": "consumer"},
                 "patient": {"initials": "ÅÖ", "sex": "female"},
                 "products": [{"role": "suspect", "name": "幹細胞培養上清液 🧪", "type": "culture_supernatant"}],
                 "reactions": [{"term": "発熱と悪寒", "outcome": "recovered"}]}
                """).value();

        assertThat(report.primarySources().getFirst().name()).isEqualTo("山田 花子");
        assertThat(report.products().getFirst().name()).isEqualTo("幹細胞培養上清液 🧪");
        assertThat(ReportJson.read(ReportJson.write(report)).value()).isEqualTo(report);
    }

    @Test
    void aHugeNarrativeIsRejectedWithItsLengthNotEchoed() {
        String body = "{\"senderReportId\": \"S\", \"receivedOn\": \"2026-11-20\", \"narrative\": \"%s\"}"
                .formatted("長".repeat(100_001));

        Checked<IndividualCaseSafetyReport> read = ReportJson.read(body);

        assertThat(read.problems())
                .extracting(Problem::toString)
                .containsExactly("EXO-1206: narrative: expected at most 100000 characters, got 100001");
    }

    @Test
    void aReactionThatBeganAfterTheReportWasReceivedIsATypingError() {
        assertThat(problems("""
                {"senderReportId": "S", "receivedOn": "2026-11-20", "reactions": [{"term": "rash", "onset": "2026-12-18"}]}
                """))
                .containsExactly(
                        "EXO-1207: reactions[0].onset: expected a date on or before receivedOn 2026-11-20, got 2026-12-18");
    }

    @Test
    void optionalSectionsRoundTripToo() {
        IndividualCaseSafetyReport report = ReportJson.read("""
                {"senderReportId": "S", "worldwideUniqueId": "JP-EXO-1", "version": 2, "receivedOn": "2026-11-20",
                 "mostRecentInfoOn": "2026-11-25", "reportType": "study", "country": "US",
                 "nullification": {"kind": "amendment", "reason": "lot corrected"},
                 "reporter": {"organisation": "Clinic", "qualification": "other_health_professional"},
                 "patient": {"ageGroup": "elderly", "weightKg": 61.5},
                 "products": [{"role": "interacting", "name": "EV drip", "dose": {"value": 2.5, "unit": "mL", "text": "one vial"},
                               "startedOn": "2026-11-01"}],
                 "reactions": [{"term": "sepsis", "coded": {"terminology": "meddra", "version": "27.1", "code": "10040047"}}],
                 "tests": [{"name": "blood culture", "date": "2026-11-19", "result": "Klebsiella pneumoniae"}]}
                """).value();

        assertThat(ReportJson.read(ReportJson.write(report)).value()).isEqualTo(report);
        assertThat(report.identification().nullification().reason()).isEqualTo("lot corrected");
    }

    /** Issue 15 finding 11: a NUL reached PostgreSQL, which refused it with a 500, and the report was lost. */
    @Test
    void aNulOrAnotherControlCharacterIsRefusedNamingTheField() {
        assertThat(problems(SPEC_BODY.replace("Fever and", "Fever\\u0000 and")))
                .containsExactly(
                        "EXO-1219: narrative: expected text without control characters, got U+0000 at position 6");
        assertThat(problems(SPEC_BODY.replace("\"sepsis\"", "\"sep\\u001bsis\"")))
                .containsExactly("EXO-1219: reactions[0].term: "
                        + "expected text without control characters, got U+001B at position 4");
        assertThat(problems(SPEC_BODY.replace("\"AB\"", "\"A\\u0085\"")))
                .containsExactly("EXO-1219: patient.initials: "
                        + "expected text without control characters, got U+0085 at position 2");
        assertThat(problems(SPEC_BODY.replace("Fever and", "Fever\\tand\\r\\nmore")))
                .isEmpty();
    }

    /** Issue 15 finding 4: a report of 100,000 reactions was accepted; the list is refused before it is read. */
    @Test
    void aReportOfMoreReactionsProductsOrTestsThanTheLimitIsRefusedNamingTheList() {
        String reaction = "{\"term\": \"rash\"},";
        String many = "\"reactions\": [" + reaction.repeat(IndividualCaseSafetyReport.MAX_REACTIONS)
                + "{\"term\": \"one too many\"}],";

        assertThat(problems(SPEC_BODY
                        .replace("\"narrative\":", many + "\"narrative\":")
                        .replaceFirst("\"reactions\": \\[\\{\"term\": \"sepsis\"[^]]*\\]\\}\\],", "")))
                .containsExactly("EXO-1220: reactions: expected at most 200 elements, got 201");
        String atTheLimit = "\"reactions\": [" + reaction.repeat(IndividualCaseSafetyReport.MAX_REACTIONS - 1)
                + "{\"term\": \"last\"}],";
        assertThat(problems(SPEC_BODY
                        .replace("\"narrative\":", atTheLimit + "\"narrative\":")
                        .replaceFirst("\"reactions\": \\[\\{\"term\": \"sepsis\"[^]]*\\]\\}\\],", "")))
                .isEmpty();
    }

    @Test
    void anInfantsAgeInMonthsGivesItsYearsAndAnAgeThatDisagreesWithItIsRefused() {
        String infant = SPEC_BODY.replace("\"ageYears\": 54", "\"ageAsSent\": {\"value\": 19, \"unit\": \"mo\"}");
        String disagreeing = SPEC_BODY.replace(
                "\"ageYears\": 54", "\"ageYears\": 5, \"ageAsSent\": {\"value\": 19, \"unit\": \"mo\"}");
        String noValue = SPEC_BODY.replace("\"ageYears\": 54", "\"ageAsSent\": {\"unit\": \"mo\"}");

        IndividualCaseSafetyReport report = ReportJson.read(infant).value();

        assertThat(report.patient().ageYears()).isEqualTo(1);
        assertThat(report.patient().ageAsSentForAge())
                .isEqualTo(org.exovigil.vigilance.model.Quantity.of(new java.math.BigDecimal("19"), "mo"));
        assertThat(problems(disagreeing))
                .singleElement()
                .asString()
                .startsWith("EXO-1205: patient.ageYears: expected the completed years of ageAsSent (1), got 5");
        assertThat(problems(noValue)).singleElement().asString().startsWith("EXO-1202: patient.ageAsSent.unit");
    }
}
