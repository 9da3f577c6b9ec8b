package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.exovigil.vigilance.model.Nullification.Kind.NULLIFICATION;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Nullification;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, regional profiles: an export is shaped for its receiver and checked against the rules of its
 * profile ({@code profile-rules.csv}) before it is written. FDA's own example instances are the witnesses for
 * the FDA profile.
 */
class ExportProfileTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T10:00:00Z");

    /**
     * What names FDA's regional elements in the XML of Scenario 6: the NCI Thesaurus codes of race, ethnicity,
     * C.1.7.1, C.1.12, G.k.10.1 and a device's malfunction (G.k.12.r.1), and FDA's own code lists of E.i.3.2h and
     * G.k.10a.
     */
    private static final List<String> FDA_REGIONAL_CODES = List.of(
            "C17049",
            "C16564",
            "C54588",
            "C156384",
            "C94031",
            "C54026",
            "2.16.840.1.113883.3.989.5.1.2.2.1.3",
            "2.16.840.1.113883.3.989.5.1.2.1.1.7");

    private static final String CASE = """
            {"senderReportId": "JP-EXO-2026-1", "receivedOn": "2026-11-20", "country": "JP",
             "reporter": {"qualification": "physician", "country": "JP"},
             "patient": {"initials": "KT", "ageYears": 61, "sex": "male"},
             "products": [{"role": "suspect", "name": "Umbilical cord MSC exosome", "route": "iv"}],
             "reactions": [{"term": "fever", "onset": "2026-11-18"}]%s}""";

    private static BatchHeader to(String receiver) {
        return new BatchHeader("B-1", "EXOVIGIL", receiver, NOW);
    }

    private static IndividualCaseSafetyReport report(String json) {
        return ReportJson.read(json).value();
    }

    @Test
    void everyFdaExampleReadAndWrittenUnderTheFdaProfilePassesItsRules() throws IOException {
        for (Path example : FdaExamplesTest.examples()) {
            IcsrBatch batch =
                    E2bReader.withDefaults().read(Files.readAllBytes(example)).value();
            BatchHeader header = to(batch.receiverId());
            for (IndividualCaseSafetyReport sent : batch.acceptedReports()) {
                assertThat(ExportProfile.FDA.check(header, sent))
                        .as(example.getFileName().toString())
                        .isEmpty();
            }
            byte[] written = E2bWriter.write(
                    header,
                    batch.acceptedReports().stream()
                            .map(ExportProfile.FDA::shape)
                            .toList());
            for (IndividualCaseSafetyReport back :
                    E2bReader.withDefaults().read(written).value().acceptedReports()) {
                assertThat(ExportProfile.FDA.check(header, back))
                        .as(example + " written")
                        .isEmpty();
            }
        }
    }

    @Test
    void underIchNoFdaRegionalElementIsWrittenAndUnderFdaTheyAre() throws IOException {
        Path everyElement = FdaExamplesTest.conformance().resolve("e2b-r3-fda/FAERS2022Scenario6.xml");
        List<IndividualCaseSafetyReport> reports = E2bReader.withDefaults()
                .read(Files.readAllBytes(everyElement))
                .value()
                .acceptedReports();

        String ich = written(ExportProfile.ICH, reports);
        String fda = written(ExportProfile.FDA, reports);

        assertThat(FDA_REGIONAL_CODES).noneMatch(ich::contains);
        assertThat(ich).doesNotContain("mailto:alladdresses@site.com"); // FDA.C.2.r.2.8, the reporter's e-mail
        assertThat(FDA_REGIONAL_CODES).allMatch(fda::contains);
        assertThat(ExportProfile.ICH.check(to("UNKNOWN"), reports.getFirst())).isEmpty();
    }

    @Test
    void aCaseWithoutItsReportersQualificationIsRefusedNamingC2r4() {
        IndividualCaseSafetyReport report =
                report(CASE.formatted("").replace("\"qualification\": \"physician\", ", ""));

        assertThat(ExportProfile.ICH.check(to("UNKNOWN"), report))
                .extracting(ProfileFinding::rule, ProfileFinding::element)
                .containsExactly(tuple("ICH-C.2.r.4", "C.2.r.4[0]"));
    }

    @Test
    void aCaseWithoutSuspectDrugOrIdentifiablePatientBreaksTheMinimumCriteria() {
        IndividualCaseSafetyReport report = report(CASE.formatted("")
                .replace("\"role\": \"suspect\"", "\"role\": \"concomitant\"")
                .replace("\"initials\": \"KT\", \"ageYears\": 61, \"sex\": \"male\"", ""));

        assertThat(ExportProfile.ICH.check(to("UNKNOWN"), report))
                .extracting(ProfileFinding::rule)
                .containsExactly("ICH-D", "ICH-G.k.1");
    }

    @Test
    void unitsMustBeUcumAndLanguagesIso6392AlphaThreeNamingEachOccurrence() {
        IndividualCaseSafetyReport wrong = report(CASE.formatted("")
                .replace("\"route\": \"iv\"", "\"route\": \"iv\", \"dose\": {\"value\": 2, \"unit\": \"tablet\"}")
                .replace(
                        "\"onset\": \"2026-11-18\"", "\"onset\": \"2026-11-18\", \"details\": {\"language\": \"ja\"}"));
        IndividualCaseSafetyReport right = report(CASE.formatted("")
                .replace("\"route\": \"iv\"", "\"route\": \"iv\", \"dose\": {\"value\": 2, \"unit\": \"{tbl}\"}")
                .replace(
                        "\"onset\": \"2026-11-18\"",
                        "\"onset\": \"2026-11-18\", \"details\": {\"language\": \"jpn\"}"));

        assertThat(ExportProfile.ICH.check(to("UNKNOWN"), wrong))
                .extracting(ProfileFinding::rule, ProfileFinding::element)
                .containsExactlyInAnyOrder(
                        tuple("ICH-G.k.4.r.1b", "G.k.4.r.1b[0][0]"), tuple("ICH-E.i.1.1b", "E.i.1.1b[0]"));
        assertThat(ExportProfile.ICH.check(to("UNKNOWN"), right)).isEmpty();
    }

    @Test
    void aNullificationWithoutAReasonIsRefusedNamingC1112() {
        IndividualCaseSafetyReport initial = report(CASE.formatted(""));
        IndividualCaseSafetyReport report = initial.withIdentification(initial.identification()
                .asVersion(2, initial.identification().receivedOn(), new Nullification(NULLIFICATION, " ")));

        assertThat(ExportProfile.ICH.check(to("UNKNOWN"), report))
                .extracting(ProfileFinding::element)
                .containsExactly("C.1.11.2");
    }

    @Test
    void fdaWantsItsOwnReceiverAndTheReportTypeOfAnExpeditedCase() {
        IndividualCaseSafetyReport expedited = report(CASE.formatted(", \"context\": {\"localCriteria\": true}"));

        List<ProfileFinding> findings = ExportProfile.FDA.check(to("PMDA"), expedited);

        assertThat(findings).extracting(ProfileFinding::rule).containsExactly("FDA-N.1.4", "FDA-C.1.7.1");
        assertThat(findings.getFirst().toString())
                .isEqualTo("N.1.4: expected FDA's batch receiver ZZFDA or ZZFDA_PREMKT, got \"PMDA\" (FDA-N.1.4)");
        assertThat(ExportProfile.FDA.check(
                        to("ZZFDA"),
                        report(CASE.formatted(
                                ", \"context\": {\"localCriteria\": true, \"localCriteriaReportType\": \"1\"}"))))
                .isEmpty();
    }

    @Test
    void emaWantsEudraVigilanceTheReportersCountryAndAWorldwideNumberOfTheCommonForm() {
        IndividualCaseSafetyReport report = report(CASE.formatted("").replace(", \"country\": \"JP\"}", "}"));

        assertThat(ExportProfile.EMA.check(to("ZZFDA"), report))
                .extracting(ProfileFinding::rule)
                .containsExactly("EMA-N.1.4", "EMA-C.2.r.3");
        assertThat(ExportProfile.EMA.check(
                        to("EVHUMAN"), report(CASE.formatted("").replace("JP-EXO-2026-1", "CASE1"))))
                .extracting(ProfileFinding::rule)
                .containsExactly("EMA-C.1.8.1-FORM");
    }

    @Test
    void eachProfileHasItsReceiverByDefaultAndIsNamedInAnyCase() {
        assertThat(ExportProfile.named("fda")).contains(ExportProfile.FDA);
        assertThat(ExportProfile.named("Pmda")).contains(ExportProfile.PMDA);
        assertThat(ExportProfile.named("who")).isEmpty();
        assertThat(ExportProfile.FDA.defaultReceiver()).isEqualTo("ZZFDA");
        assertThat(ExportProfile.EMA.defaultReceiver()).isEqualTo("EVHUMAN");
        assertThat(ExportProfile.PMDA.defaultReceiver()).isEqualTo("PMDA");
    }

    @Test
    void everyRuleHasAUniqueIdASourceAndTheDateItWasReviewed() {
        Set<String> ids = new HashSet<>();
        for (ProfileRule rule : ExportProfile.rules()) {
            assertThat(ids.add(rule.id())).as(rule.id()).isTrue();
            assertThat(rule.id()).startsWith(rule.profile().name() + "-");
            assertThat(rule.source()).as(rule.id()).isNotBlank();
            assertThat(rule.reviewed()).as(rule.id()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(rule.expected()).as(rule.id()).isNotBlank();
        }
        assertThat(ExportProfile.rules()).extracting(ProfileRule::profile).contains(ExportProfile.values());
    }

    private static String written(ExportProfile profile, List<IndividualCaseSafetyReport> reports) {
        return new String(
                E2bWriter.write(
                        to(profile.defaultReceiver()),
                        reports.stream().map(profile::shape).toList()),
                StandardCharsets.UTF_8);
    }
}
