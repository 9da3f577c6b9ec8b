package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Validity;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/**
 * HL7's own R4 AdverseEvent example ({@code shared/data/conformance/fhir-r4}, unmodified), as a receiving
 * authority meets it: a standalone AdverseEvent whose Patient, Practitioner and Medication are held
 * elsewhere, with a SNOMED CT event and no {@code recordedDate}, all lawful in R4.
 */
class Hl7ExampleTest {

    private static final Path EXAMPLE = conformance().resolve("fhir-r4/AdverseEvent-example.json");

    @Test
    void theExampleIsReadAsOneReportAndNothingInItIsRefused() throws IOException {
        Checked<List<FhirCase>> read = FhirReader.withDefaults().read(Files.readString(EXAMPLE), FhirFormat.JSON);

        assertThat(read.problems()).isEmpty();
        assertThat(read.value()).hasSize(1);
        assertThat(read.value().getFirst().report().problems()).isEmpty();
    }

    @Test
    void whatItSaysIsKeptAndWhatItDoesNotHoldIsNoted() throws IOException {
        FhirCase example = FhirReader.withDefaults()
                .withClock(Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC))
                .read(Files.readString(EXAMPLE), FhirFormat.JSON)
                .value()
                .getFirst();
        IndividualCaseSafetyReport report = example.report().value();

        assertThat(report.identification().senderReportId()).isEqualTo("49476534");
        assertThat(report.identification().receivedOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(report.reactions()).singleElement().satisfies(reaction -> {
            assertThat(reaction.term()).isEqualTo("This was a mild rash on the left forearm");
            assertThat(reaction.onset()).isEqualTo(LocalDate.of(2017, 1, 29));
            assertThat(reaction.seriousness()).isEmpty();
        });
        assertThat(example.notes())
                .extracting(Problem::path)
                .contains(
                        "AdverseEvent.recordedDate",
                        "AdverseEvent.subject.reference",
                        "AdverseEvent.recorder.reference",
                        "AdverseEvent.suspectEntity[0].instance.reference");
        // No patient and no product can be known from it alone: stored as an incomplete report.
        assertThat(Validity.of(report).isValid()).isFalse();
    }

    /**
     * The same example in FHIR XML, as HL7 publishes its XML examples: with {@code xsi:schemaLocation} on the
     * root, which FHIR allows (R4 §2.6.1: "xsi:schemaLocation ... may be present"), and nothing else of xsi.
     */
    @Test
    void itsXmlFormWithASchemaLocationIsReadTheSame() throws IOException {
        var parser = FhirR4.context().newXmlParser().setPrettyPrint(true);
        String xml = parser.encodeResourceToString(
                        FhirR4.context().newJsonParser().parseResource(Files.readString(EXAMPLE)))
                .replaceFirst(
                        "<AdverseEvent xmlns=\"http://hl7.org/fhir\">",
                        "<AdverseEvent xmlns=\"http://hl7.org/fhir\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                                + " xsi:schemaLocation=\"http://hl7.org/fhir ../../schema/adverseevent.xsd\">");

        Checked<List<FhirCase>> read = FhirReader.withDefaults().read(xml, FhirFormat.XML);

        assertThat(xml).contains("xsi:schemaLocation");
        assertThat(read.problems()).isEmpty();
        assertThat(read.value().getFirst().report().problems()).isEmpty();
    }

    @Test
    void itIsWrittenBackAsR4ThatHapisValidatorAccepts() throws IOException {
        IndividualCaseSafetyReport report = FhirReader.withDefaults()
                .readOne(Files.readString(EXAMPLE), FhirFormat.JSON)
                .value();

        FhirValidation.Outcome outcome = FhirValidation.shared().validate(FhirWriter.toBundle(report));

        assertThat(outcome.errors()).isEmpty();
    }

    /**
     * What a receiver may drop of the example, each with the reason. Everything else of it must come back
     * from import, export and import again, element by element.
     */
    private static final Map<String, String> LAWFULLY_DROPPED = Map.of(
            "AdverseEvent.id",
            "the logical id on the sender's server (R4 Resource.id); the writer mints its own for its Bundle",
            "AdverseEvent.text.status",
            "the narrative is 'generated' from the structured elements (R4 Narrative.status), which are kept",
            "AdverseEvent.text.div",
            "the generated narrative itself, for the same reason",
            "AdverseEvent.event.coding.display",
            "SNOMED CT's own text for the code (R4 Coding.display); system and code are kept, the display follows"
                    + " from them; the case model keeps one coded term, as E.i.2.1, without display",
            "AdverseEvent.suspectEntity.instance.reference",
            "names a Medication the sender holds and never sent: with no name there is no product to keep (ICH"
                    + " E2B(R3) G.k.2.2 is required), so the report is stored incomplete and a note names the"
                    + " reference");

    @Test
    void everyElementSurvivesImportExportImportExceptWhatAReceiverMayLawfullyDrop() throws IOException {
        AdverseEvent original =
                (AdverseEvent) FhirR4.context().newJsonParser().parseResource(Files.readString(EXAMPLE));
        List<String> lost = new ArrayList<>(FhirLeaves.of(original));
        FhirCase first = FhirReader.withDefaults().read(original).value().getFirst();
        Bundle exported = FhirWriter.toBundle(first.report().value());
        AdverseEvent again = (AdverseEvent) exported.getEntryFirstRep().getResource();

        FhirLeaves.of(again, exported).forEach(lost::remove);

        assertThat(lost.stream()
                        .map(leaf -> leaf.substring(0, leaf.indexOf('=')))
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(LAWFULLY_DROPPED.keySet());
        assertThat(again.getDateElement().getValueAsString()).isEqualTo("2017-01-29T12:34:56+00:00");
        FhirCase second = FhirReader.withDefaults().read(exported).value().getFirst();
        assertThat(second.report().value()).isEqualTo(first.report().value());
        assertThat(FhirValidation.shared().validate(exported).errors()).isEmpty();
    }

    static Path conformance() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/conformance");
            if (Files.isDirectory(candidate.resolve("fhir-r4"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "shared/data/conformance not found above " + Path.of("").toAbsolutePath());
    }
}
