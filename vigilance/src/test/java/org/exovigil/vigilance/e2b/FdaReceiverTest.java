package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, FDA's message receivers (N.2.r.3): import keeps the one a message came under, and the FDA profile
 * routes each message to a centre and pathway (postmarket, IND, IND-exempt BA/BE) with the batch receiver (N.1.4)
 * that goes with it, unless the caller names another. FDA's own examples are the witnesses.
 */
class FdaReceiverTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T10:00:00Z");
    /** N.2.r.3 and N.1.4 as ids of their OIDs, the attributes in either order (FDA's examples and the writer differ). */
    private static final Pattern MESSAGE_RECEIVER = id("2.16.840.1.113883.3.989.2.1.3.12");

    private static final Pattern BATCH_RECEIVER = id("2.16.840.1.113883.3.989.2.1.3.14");

    private static final String CASE = """
            {"senderReportId": "US-EXO-2026-1", "receivedOn": "2026-11-20", "country": "US",
             "reporter": {"qualification": "physician", "country": "US"},
             "patient": {"initials": "KT", "ageYears": 61, "sex": "male"},
             "products": [{"role": "suspect", "name": "Placental exosome", "route": "iv"}],
             "reactions": [{"term": "sepsis", "onset": "2026-11-18"}]%s}""";

    @Test
    void eachFdaExampleIsRoutedWhereFdaSentItAndComesBackThereAfterImportAndExport() throws IOException {
        for (Path example : FdaExamplesTest.examples()) {
            String xml = Files.readString(example, StandardCharsets.UTF_8);
            String messageReceiver = first(MESSAGE_RECEIVER, xml);
            String batchReceiver = first(BATCH_RECEIVER, xml);
            List<IndividualCaseSafetyReport> imported = E2bReader.withDefaults()
                    .read(xml.getBytes(StandardCharsets.UTF_8))
                    .value()
                    .acceptedReports();

            assertThat(imported).as(example.toString()).isNotEmpty();
            for (IndividualCaseSafetyReport report : imported) {
                assertThat(report.identification().context().messageReceiver())
                        .as(example + ": kept on import")
                        .isEqualTo(messageReceiver);
                assertThat(FdaReceiver.of(report).name()).as(example.toString()).isEqualTo(messageReceiver);
            }
            assertThat(ExportProfile.FDA.defaultReceiver(imported, null))
                    .as(example.toString())
                    .isEqualTo(batchReceiver);

            String again = exported(imported, null);
            assertThat(first(BATCH_RECEIVER, again)).as(example + " exported").isEqualTo(batchReceiver);
            assertThat(all(MESSAGE_RECEIVER, again)).as(example + " exported").containsOnly(messageReceiver);
            for (IndividualCaseSafetyReport back : E2bReader.withDefaults()
                    .read(again.getBytes(StandardCharsets.UTF_8))
                    .value()
                    .acceptedReports()) {
                assertThat(back.identification().context().messageReceiver())
                        .as(example + " imported again")
                        .isEqualTo(messageReceiver);
            }
        }
    }

    @Test
    void exovigilsOwnCaseGoesToCberAndAnIndOrPreAndaNumberMakesItPremarket() {
        IndividualCaseSafetyReport postmarket = report("");
        IndividualCaseSafetyReport ind = report(context(study("fda_ind")));
        IndividualCaseSafetyReport crossReportedOnly = report(context(study("fda_cross_reported_ind")));
        IndividualCaseSafetyReport preAnda = report(context(study("fda_pre_anda")));

        assertThat(FdaReceiver.of(postmarket)).isEqualTo(FdaReceiver.CBER);
        assertThat(FdaReceiver.of(ind)).isEqualTo(FdaReceiver.CBER_IND);
        assertThat(FdaReceiver.of(crossReportedOnly)).isEqualTo(FdaReceiver.CBER);
        assertThat(FdaReceiver.of(preAnda)).isEqualTo(FdaReceiver.CDER_IND_EXEMPT_BA_BE);
        assertThat(ExportProfile.FDA.defaultReceiver(List.of(ind, preAnda), null))
                .isEqualTo("ZZFDA_PREMKT");
        assertThat(ExportProfile.FDA.defaultReceiver(List.of(ind, postmarket), null))
                .isEqualTo("ZZFDA");
        assertThat(ExportProfile.FDA.defaultReceiver(List.of(), null)).isEqualTo("ZZFDA");
    }

    @Test
    void theCentreACaseCameInUnderStaysInAnyCaseAndAnotherRegionsReceiverNamesNoCentre() {
        assertThat(FdaReceiver.of(report(", \"context\": {\"messageReceiver\": \"cder\"}")))
                .isEqualTo(FdaReceiver.CDER);
        assertThat(FdaReceiver.of(report(
                        ", \"context\": {\"messageReceiver\": \"CDER_IND\", \"study\": {\"registrations\": []}}")))
                .as("an IND receiver without an IND number: postmarket, at the same centre")
                .isEqualTo(FdaReceiver.CDER);
        assertThat(FdaReceiver.of(report(", \"context\": {\"messageReceiver\": \"CDER\", " + study("fda_ind") + "}")))
                .isEqualTo(FdaReceiver.CDER_IND);
        assertThat(FdaReceiver.of(report(", \"context\": {\"messageReceiver\": \"EVHUMAN\"}")))
                .isEqualTo(FdaReceiver.CBER);
        assertThat(FdaReceiver.named(" cber_ind ")).contains(FdaReceiver.CBER_IND);
        assertThat(FdaReceiver.named("ZZFDA")).isEmpty();
        assertThat(FdaReceiver.named(null)).isEmpty();
    }

    @Test
    void theCallersMessageReceiverWinsAndTheRulesHoldItToFdasListAndToItsBatch() {
        IndividualCaseSafetyReport postmarket = report("");
        BatchHeader cder = new BatchHeader("B-1", "EXOVIGIL", "ZZFDA", NOW, "CDER");

        assertThat(ExportProfile.FDA.messageReceiver(cder, postmarket)).isEqualTo("CDER");
        assertThat(all(MESSAGE_RECEIVER, exported(List.of(postmarket), "CDER"))).containsOnly("CDER");
        assertThat(ExportProfile.FDA.check(cder, postmarket)).isEmpty();
        assertThat(ExportProfile.FDA.check(new BatchHeader("B-1", "EXOVIGIL", "ZZFDA", NOW, "CDRH"), postmarket))
                .extracting(ProfileFinding::rule)
                .containsExactly("FDA-N.2.r.3", "FDA-N.2.r.3-POSTMARKET");
        assertThat(ExportProfile.FDA.check(new BatchHeader("B-1", "EXOVIGIL", "ZZFDA_PREMKT", NOW), postmarket))
                .extracting(ProfileFinding::toString)
                .containsExactly("N.2.r.3: expected an IND or pre-ANDA receiver (CDER_IND CBER_IND"
                        + " CDER_IND_EXEMPT_BA_BE) in a batch to ZZFDA_PREMKT, got \"CBER\" (FDA-N.2.r.3-PREMARKET)");
        assertThat(ExportProfile.FDA.check(
                        new BatchHeader("B-1", "EXOVIGIL", "ZZFDA", NOW), report(context(study("fda_ind")))))
                .extracting(ProfileFinding::rule)
                .containsExactly("FDA-N.2.r.3-POSTMARKET");
    }

    @Test
    void otherProfilesRepeatTheBatchReceiverUnlessTheCallerNamesOne() {
        IndividualCaseSafetyReport kept = report(", \"context\": {\"messageReceiver\": \"CDER_IND\"}");

        assertThat(ExportProfile.EMA.messageReceiver(new BatchHeader("B", "S", "EVHUMAN", NOW), kept))
                .isEqualTo("EVHUMAN");
        assertThat(ExportProfile.ICH.messageReceiver(new BatchHeader("B", "S", "UNKNOWN", NOW, " X "), kept))
                .isEqualTo("X");
        assertThat(ExportProfile.PMDA.defaultReceiver(List.of(kept), null)).isEqualTo("PMDA");
        assertThat(new BatchHeader("B", "S", "R", NOW, "  ").messageReceiverId())
                .isNull();
    }

    private static String exported(List<IndividualCaseSafetyReport> reports, String messageReceiver) {
        String batchReceiver = ExportProfile.FDA.defaultReceiver(reports, messageReceiver);
        BatchHeader header = new BatchHeader("B-1", "EXOVIGIL", batchReceiver, NOW, messageReceiver);
        List<OutgoingMessage> messages = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            messages.add(new OutgoingMessage(
                    "M-" + i,
                    ExportProfile.FDA.shape(reports.get(i)),
                    ExportProfile.FDA.messageReceiver(header, reports.get(i))));
        }
        return new String(E2bWriter.writeMessages(header, messages), StandardCharsets.UTF_8);
    }

    /** A clinical trial (C.5.4 1) registered under {@code register}'s number 123456. */
    private static String study(String register) {
        return "\"study\": {\"type\": \"1\", \"registrations\": [{\"number\": \"123456\", \"register\": \"" + register
                + "\"}]}";
    }

    private static String context(String fields) {
        return ", \"context\": {" + fields + "}";
    }

    private static Pattern id(String oid) {
        String root = "root=\"" + Pattern.quote(oid) + "\"";
        return Pattern.compile("<id (?:extension=\"([^\"]+)\" " + root + "|" + root + " extension=\"([^\"]+)\")");
    }

    private static IndividualCaseSafetyReport report(String context) {
        return ReportJson.read(CASE.formatted(context)).value();
    }

    private static String first(Pattern pattern, String xml) {
        Matcher m = pattern.matcher(xml);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static List<String> all(Pattern pattern, String xml) {
        return pattern.matcher(xml)
                .results()
                .map(r -> r.group(1) != null ? r.group(1) : r.group(2))
                .toList();
    }
}
