package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReporterDetails;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Severity;
import org.exovigil.vigilance.model.Sex;
import org.exovigil.vigilance.model.TestResult;
import org.junit.jupiter.api.Test;

/**
 * FHIR written by hand as other systems write it (in {@code src/test/resources/fhir/}): after the R4
 * specification's AdverseEvent example, with its resources contained; a transaction Bundle in XML whose
 * suspect product comes through a MedicationAdministration; and a hostile XML.
 */
class HandWrittenFhirTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = HandWrittenFhirTest.class.getResourceAsStream("/fhir/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static FhirCase onlyCase(Checked<List<FhirCase>> read) {
        assertThat(read.problems()).isEmpty();
        assertThat(read.value()).hasSize(1);
        FhirCase only = read.value().getFirst();
        assertThat(only.report().problems()).isEmpty();
        return only;
    }

    @Test
    void theSpecExampleWithContainedResourcesReadsAsACase() throws IOException {
        FhirCase read =
                onlyCase(FhirReader.withDefaults().read(resource("adverse-event-contained.json"), FhirFormat.JSON));

        IndividualCaseSafetyReport expected = IndividualCaseSafetyReport.of(
                        ReportIdentification.of("49476534", null, 1, LocalDate.of(2017, 1, 30), null, null, null, null)
                                .value()
                                .withContext(sendersOwn("http://acme.com/ids/patients/risks")),
                        // The name's parts are kept as C.2.r.1.2 and C.2.r.1.4, beside the name as one text.
                        List.of(PrimarySource.of(
                                        "Adam Careful",
                                        null,
                                        null,
                                        Qualification.OTHER_HEALTH_PROFESSIONAL,
                                        ReporterDetails.of(
                                                null, "Adam", null, "Careful", null, null, null, null, null, null,
                                                null))
                                .value()),
                        // D.2.1 is kept as the birth date; the age at onset is not made up from it.
                        Patient.of(
                                        "K.T.",
                                        null,
                                        null,
                                        Sex.FEMALE,
                                        null,
                                        PartialDate.of(LocalDate.of(1974, 12, 25)),
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of(),
                                        List.of(),
                                        null)
                                .value(),
                        List.of(Reaction.of(
                                        "This was a mild rash on the left forearm",
                                        new CodedTerm("http://snomed.info/sct", null, "304386008"),
                                        LocalDate.of(2017, 1, 29),
                                        null,
                                        Set.of(),
                                        ReactionDetails.of(
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                Severity.MILD,
                                                List.of(new CodedTerm(
                                                        "http://terminology.hl7.org/CodeSystem/adverse-event-category",
                                                        null,
                                                        "product-use-error")),
                                                // E.i.4 with the time of day it came with; the onset is its day.
                                                PartialDate.ofIso("2017-01-29T12:34:56+00:00"),
                                                null))
                                .value()),
                        List.of(Product.of(
                                        ProductRole.SUSPECT,
                                        "Amoxicillin 250 MG Oral Capsule",
                                        null,
                                        "AMX-12345",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        // G.k.2.1: the product's code as the sender coded it, in RxNorm.
                                        DrugDetails.of(
                                                new CodedTerm(
                                                        "http://www.nlm.nih.gov/research/umls/rxnorm", null, "308182"),
                                                List.of(),
                                                null,
                                                null,
                                                List.of(),
                                                null,
                                                List.of(),
                                                List.of()))
                                .value()),
                        List.of(),
                        null)
                .value();
        assertThat(read.identifier()).isEqualTo("49476534");
        assertThat(read.report().value()).isEqualTo(expected);
        assertThat(read.notes()).isEmpty();
    }

    /** The namespace of the sender's report id, kept when it is not the C.1.1 OID. */
    private static ReportContext sendersOwn(String identifierSystem) {
        return ReportContext.of(
                null,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                Map.of(),
                identifierSystem);
    }

    @Test
    void theSpecExampleWithoutARecordedDateIsReadWithTheDayOfReceiptAndANoteNamingTheElement() throws IOException {
        String withoutDate = resource("adverse-event-contained.json").replace("\"recordedDate\": \"2017-01-30\",", "");

        FhirCase read = FhirReader.withDefaults()
                .withClock(java.time.Clock.fixed(
                        java.time.Instant.parse("2026-12-06T09:00:00Z"), java.time.ZoneOffset.UTC))
                .read(withoutDate, FhirFormat.JSON)
                .value()
                .getFirst();

        assertThat(read.report().value().identification().receivedOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 6));
        assertThat(read.notes())
                .filteredOn(p -> p.path().equals("AdverseEvent.recordedDate"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("C.1.4"));
    }

    @Test
    void aTransactionBundleWithAMedicationAdministrationReadsAsOneCaseOfTwoReactions() throws IOException {
        FhirCase read = onlyCase(FhirReader.withDefaults().read(resource("transaction-bundle.xml"), FhirFormat.XML));

        IndividualCaseSafetyReport expected = IndividualCaseSafetyReport.of(
                        ReportIdentification.of(
                                        "KR-2026-777", null, 1, LocalDate.of(2026, 10, 3), null, null, "KR", null)
                                .value()
                                .withContext(sendersOwn("urn:oid:1.2.410.200001.77")),
                        List.of(PrimarySource.of("Lee Seo-yeon", null, "KR", Qualification.PHYSICIAN)
                                .value()),
                        Patient.of(
                                        "JHP",
                                        null,
                                        null,
                                        Sex.MALE,
                                        null,
                                        PartialDate.of(LocalDate.of(1980, 5, 1)),
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of(),
                                        List.of(),
                                        null)
                                .value(),
                        List.of(
                                Reaction.of(
                                                "anaphylaxis",
                                                new CodedTerm("meddra", "27.0", "10002198"),
                                                LocalDate.of(2026, 10, 2),
                                                ReactionOutcome.RECOVERED,
                                                Set.of(SeriousnessCriterion.LIFE_THREATENING))
                                        .value(),
                                Reaction.of(
                                                "urticaria",
                                                null,
                                                LocalDate.of(2026, 10, 2),
                                                ReactionOutcome.RECOVERING,
                                                Set.of(SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT))
                                        .value()),
                        List.of(Product.of(
                                        ProductRole.SUSPECT,
                                        "Umbilical cord MSC exosome",
                                        null,
                                        "EXO-55",
                                        Route.IV,
                                        null,
                                        new Dose(new BigDecimal("10"), "mL", "10 mL slow IV push"),
                                        LocalDate.of(2026, 10, 1))
                                .value()),
                        List.of(TestResult.of("Serum tryptase", LocalDate.of(2026, 10, 2), "35.2", "ug/L")
                                .value()),
                        null)
                .value();
        assertThat(read.report().value()).isEqualTo(expected);
        assertThat(read.notes())
                .extracting(Problem::path)
                .containsExactlyInAnyOrder("Bundle.entry[1].resource.seriousness");
    }

    @Test
    void theHandWrittenFilesAreValidFhir() throws IOException {
        assertThat(FhirValidation.shared()
                        .validate(resource("adverse-event-contained.json"), FhirFormat.JSON)
                        .value()
                        .errors())
                .isEmpty();
        assertThat(FhirValidation.shared()
                        .validate(resource("transaction-bundle.xml"), FhirFormat.XML)
                        .value()
                        .errors())
                .isEmpty();
    }

    @Test
    void theHostileFileIsRefusedBeforeAnythingIsResolved() throws IOException {
        Checked<List<FhirCase>> read = FhirReader.withDefaults().read(resource("hostile-xxe.xml"), FhirFormat.XML);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
            assertThat(p.message()).doesNotContain("root:");
        });
    }
}
