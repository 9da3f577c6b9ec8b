package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Validity;
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

    static Path conformance() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/conformance");
            if (Files.isDirectory(candidate.resolve("fhir-r4"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/conformance not found above " + Path.of("").toAbsolutePath());
    }
}
