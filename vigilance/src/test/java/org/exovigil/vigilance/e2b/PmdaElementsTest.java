package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.ReportContext.Pmda;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, the PMDA and EMA profiles: PMDA's J elements (J2.1a report category, J2.1b identification number, J2.2.1
 * start of the reporting time frame) travel through E2B and JSON, only a PMDA export carries them, and each rule of
 * {@code profile-rules.csv} written for EMA and PMDA refuses a message that breaks it.
 */
class PmdaElementsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T10:00:00Z");

    private static final String CASE = """
            {"senderReportId": "JP-EXO-2026-7", "receivedOn": "2026-11-20", "country": "JP"%s,
             "reporter": {"qualification": "physician", "country": "JP"},
             "patient": {"initials": "KT", "ageYears": 61, "sex": "male"},
             "products": [{"role": "suspect", "name": "臍帯由来MSCエクソソーム", "route": "iv"}],
             "reactions": [{"term": "発熱", "onset": "2026-11-18"}]%s}""";

    private static final String J_ELEMENTS = """
            , "context": {"pmda": {"reportCategory": "AB", "identificationNumber": "2026-第000123号",
             "reportingStart": "2026-11-19"}}""";

    private static final Pmda SENT = new Pmda("AB", "2026-第000123号", LocalDate.parse("2026-11-19"));

    private static IndividualCaseSafetyReport report(String top, String context) {
        return ReportJson.read(CASE.formatted(top, context)).value();
    }

    private static BatchHeader to(String receiver) {
        return new BatchHeader("B-7", "EXOVIGIL", receiver, NOW);
    }

    private static IndividualCaseSafetyReport throughE2b(ExportProfile profile, IndividualCaseSafetyReport report) {
        byte[] written = E2bWriter.write(to(profile.defaultReceiver()), List.of(profile.shape(report)));
        return E2bReader.withDefaults().read(written).value().acceptedReports().getFirst();
    }

    private static String xml(ExportProfile profile, IndividualCaseSafetyReport report) {
        return new String(
                E2bWriter.write(to(profile.defaultReceiver()), List.of(profile.shape(report))), StandardCharsets.UTF_8);
    }

    @Test
    void theJElementsComeBackFromAPmdaExportAndFromJson() {
        IndividualCaseSafetyReport sent = report("", J_ELEMENTS);
        assertThat(sent.identification().context().pmda()).isEqualTo(SENT);

        IndividualCaseSafetyReport back = throughE2b(ExportProfile.PMDA, sent);

        assertThat(back.identification().context().pmda()).isEqualTo(SENT);
        IndividualCaseSafetyReport again =
                ReportJson.read(ReportJson.write(back)).value();
        assertThat(again.identification().context().pmda()).isEqualTo(SENT);
        assertThat(ReportJson.write(again)).isEqualTo(ReportJson.write(back));
    }

    @Test
    void theJElementsAreWrittenWhereThePmdaGuidePutsThem() {
        String written = xml(ExportProfile.PMDA, report("", J_ELEMENTS));

        assertThat(written)
                .contains("<id root=\"2.16.840.1.113883.3.989.5.1.3.2.3.1\" extension=\"2026-第000123号\"/>")
                .contains("<code code=\"1\" codeSystem=\"2.16.840.1.113883.3.989.5.1.3.2.1.12\"/>")
                .contains("code=\"AB\" codeSystem=\"2.16.840.1.113883.3.989.5.1.3.2.1.1\"")
                .contains("<code code=\"2\" codeSystem=\"2.16.840.1.113883.3.989.5.1.3.2.1.12\"/>")
                .contains("value=\"20261119\"");
    }

    @Test
    void ichAndFdaExportsLeaveTheJElementsOut() {
        IndividualCaseSafetyReport sent = report("", J_ELEMENTS);

        for (ExportProfile other : List.of(ExportProfile.ICH, ExportProfile.FDA, ExportProfile.EMA)) {
            assertThat(other.shape(sent).identification().context().pmda())
                    .as(other.name())
                    .isNull();
            assertThat(xml(other, sent)).as(other.name()).doesNotContain("2.16.840.1.113883.3.989.5.1.3.2");
            IndividualCaseSafetyReport back = throughE2b(other, sent);
            assertThat(
                            back.identification().context() == null
                                    ? null
                                    : back.identification().context().pmda())
                    .as(other.name())
                    .isNull();
        }
    }

    @Test
    void aReportWithoutJElementsHasNoneAndBlanksCountAsNone() {
        assertThat(Pmda.of(" ", "", null)).isNull();
        assertThat(Pmda.of(" DD ", null, null)).isEqualTo(new Pmda("DD", null, null));
        IndividualCaseSafetyReport plain = report("", "");
        assertThat(throughE2b(ExportProfile.PMDA, plain).identification().context())
                .satisfiesAnyOf(
                        c -> assertThat(c).isNull(), c -> assertThat(c.pmda()).isNull());
    }

    @Test
    void aStartOfTheTimeFrameThatIsNoDateIsAProblemNamedJ221() {
        String written =
                xml(ExportProfile.PMDA, report("", J_ELEMENTS)).replace("value=\"20261119\"", "value=\"2026AB\"");

        IcsrMessage message = E2bReader.withDefaults()
                .read(written.getBytes(StandardCharsets.UTF_8))
                .value()
                .messages()
                .getFirst();

        assertThat(message.report().problems())
                .anySatisfy(p -> assertThat(p.path()).isEqualTo("J2.2.1"));
    }

    @Test
    void pmdaRefusesAReportWithoutACategoryOrWithOneNotInItsList() {
        assertThat(ExportProfile.PMDA.check(to("PMDA"), report("", J_ELEMENTS))).isEmpty();
        assertThat(ExportProfile.PMDA.check(to("PMDA"), report("", "")))
                .extracting(ProfileFinding::rule)
                .containsExactly("PMDA-J2.1a");
        assertThat(ExportProfile.PMDA.check(to("PMDA"), report("", J_ELEMENTS.replace("\"AB\"", "\"ZZ\""))))
                .extracting(ProfileFinding::toString)
                .containsExactly("J2.1a: expected a drug report category: AA to AG post-marketing (AB adverse reaction"
                        + " in Japan) or DA to DG clinical trial, got \"ZZ\" (PMDA-J2.1a-CODE)");
    }

    @Test
    void emaWantsTheStudyTypeOfAStudyReportAndOnlyNonTrialStudiesForThePostAuthorisationModule() {
        String study = ", \"reportType\": \"study\"";

        assertThat(ExportProfile.EMA.check(to("EVHUMAN"), report(study, "")))
                .extracting(ProfileFinding::rule)
                .containsExactly("EMA-C.5.4");
        assertThat(ExportProfile.EMA.check(
                        to("EVHUMAN"), report(study, ", \"context\": {\"study\": {\"type\": \"1\"}}")))
                .extracting(ProfileFinding::rule)
                .containsExactly("EMA-C.5.4-EVHUMAN");
        assertThat(ExportProfile.EMA.check(
                        to("EVCTMPROD"), report(study, ", \"context\": {\"study\": {\"type\": \"1\"}}")))
                .isEmpty();
        assertThat(ExportProfile.EMA.check(
                        to("EVHUMAN"), report(study, ", \"context\": {\"study\": {\"type\": \"3\"}}")))
                .isEmpty();
        assertThat(ExportProfile.EMA.check(to("EVHUMAN"), report("", ""))).isEmpty();
    }
}
