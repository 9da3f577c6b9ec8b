package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Product;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the one element of FDA's every-element example (Scenario 6) the case model did not keep, an HL7 "fulfils"
 * relationship (outboundRelationship2 typeCode FLFS) from a drug to an intended administration with a sequence
 * number, is kept through the model, JSON and E2B as sent.
 */
class FulfilledIntentTest {

    private static final BatchHeader HEADER =
            new BatchHeader("B-1", "EXOVIGIL", "ZZFDA", OffsetDateTime.parse("2026-12-06T10:00:00Z"));

    private static final String FLFS = "<outboundRelationship2 typeCode=\"FLFS\"><sequenceNumber value=\"3\"/>"
            + "<substanceAdministration moodCode=\"INT\" classCode=\"SBADM\"/></outboundRelationship2>";

    @Test
    void scenario6sFlfsRelationshipIsReadWrittenAndReadAgain() throws IOException {
        IndividualCaseSafetyReport read = scenario6();

        assertThat(read.products().stream()
                        .map(Product::details)
                        .filter(d -> d != null)
                        .flatMap(d -> d.fulfilledIntents().stream()))
                .containsExactly(3);
        String written = new String(E2bWriter.write(HEADER, List.of(read)), StandardCharsets.UTF_8);
        assertThat(written.replaceAll(">\\s+<", "><")).contains(FLFS);
        IndividualCaseSafetyReport again = E2bReader.withDefaults()
                .read(written.getBytes(StandardCharsets.UTF_8))
                .value()
                .acceptedReports()
                .getFirst();
        assertThat(again.products()).isEqualTo(read.products());
    }

    @Test
    void jsonCarriesTheSequenceNumbersAndRefusesWhatIsNoWholeNumber() throws IOException {
        IndividualCaseSafetyReport read = scenario6();

        String json = ReportJson.write(read);

        assertThat(json).contains("\"fulfilledIntents\":[3]");
        assertThat(ReportJson.read(json).value().products()).isEqualTo(read.products());
        assertThat(ReportJson.read(json.replace("\"fulfilledIntents\":[3]", "\"fulfilledIntents\":[\"3\", 2.5]"))
                        .problems()
                        .toString())
                .contains("fulfilledIntents[0]")
                .contains("fulfilledIntents[1]");
    }

    @Test
    void anFlfsWithoutASequenceNumberIsNotedAndLeftOutAndNoOtherRelationshipIsTakenForOne() throws IOException {
        String xml = Files.readString(
                        FdaExamplesTest.conformance().resolve("e2b-r3-fda/FAERS2022Scenario6.xml"),
                        StandardCharsets.UTF_8)
                .replace("<sequenceNumber value=\"3\"/>", "<sequenceNumber value=\"three\"/>");

        IcsrMessage message = E2bReader.withDefaults()
                .read(xml.getBytes(StandardCharsets.UTF_8))
                .value()
                .messages()
                .getFirst();

        assertThat(message.report().isAccepted()).isTrue();
        assertThat(message.report().value().products())
                .allMatch(p ->
                        p.details() == null || p.details().fulfilledIntents().isEmpty());
        assertThat(message.notes().toString()).contains("FLFS").contains("three");
    }

    private static IndividualCaseSafetyReport scenario6() throws IOException {
        byte[] xml = Files.readAllBytes(FdaExamplesTest.conformance().resolve("e2b-r3-fda/FAERS2022Scenario6.xml"));
        return E2bReader.withDefaults().read(xml).value().acceptedReports().getFirst();
    }
}
