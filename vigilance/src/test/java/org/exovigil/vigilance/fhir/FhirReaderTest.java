package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.Reports;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Age;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * Input the reader cannot take is never an exception: one problem for an input unusable as a whole, and
 * for a case every problem found, each with a stable code and the FHIRPath of the element at fault.
 */
class FhirReaderTest {

    private static final FhirReader READER = FhirReader.withDefaults();

    /** The spec's minimal report as a Bundle, changed by {@code change}, written as JSON and read back. */
    private static Checked<IndividualCaseSafetyReport> readChanged(Consumer<Bundle> change) {
        Bundle bundle = FhirWriter.toBundle(Reports.sepsisAfterSupernatant());
        change.accept(bundle);
        return READER.readOne(FhirWriter.encode(bundle, FhirFormat.JSON), FhirFormat.JSON);
    }

    private static FhirCase caseChanged(Consumer<Bundle> change) {
        Bundle bundle = FhirWriter.toBundle(Reports.sepsisAfterSupernatant());
        change.accept(bundle);
        return READER.read(FhirWriter.encode(bundle, FhirFormat.JSON), FhirFormat.JSON)
                .value()
                .getFirst();
    }

    private static AdverseEvent event(Bundle bundle) {
        return (AdverseEvent) bundle.getEntryFirstRep().getResource();
    }

    private static int indexOf(Bundle bundle, Class<? extends Resource> type) {
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (type.isInstance(bundle.getEntry().get(i).getResource())) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    private static <T extends Resource> T resource(Bundle bundle, Class<T> type) {
        return type.cast(bundle.getEntry().get(indexOf(bundle, type)).getResource());
    }

    private static Problem onlyProblem(Checked<?> checked) {
        assertThat(checked.problems()).hasSize(1);
        return checked.problems().getFirst();
    }

    // The input as a whole.

    @Test
    void malformedJsonIsOneProblem() {
        assertThat(onlyProblem(READER.read("{\"resourceType\": \"Bundle\", ", FhirFormat.JSON))
                        .code())
                .isEqualTo(ProblemCode.NOT_JSON);
    }

    @Test
    void malformedXmlIsOneProblem() {
        assertThat(onlyProblem(READER.read(
                                "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\">", FhirFormat.XML))
                        .code())
                .isEqualTo(ProblemCode.NOT_XML);
    }

    @Test
    void anEmptyBodyIsOneProblem() {
        assertThat(onlyProblem(READER.read("  ", FhirFormat.JSON)).code()).isEqualTo(ProblemCode.NOT_JSON);
        assertThat(onlyProblem(READER.read((String) null, FhirFormat.XML)).code())
                .isEqualTo(ProblemCode.NOT_XML);
    }

    @Test
    void aResourceOtherThanBundleOrAdverseEventIsOneProblemNamingIt() {
        Problem problem =
                onlyProblem(READER.read("{\"resourceType\":\"Patient\",\"gender\":\"female\"}", FhirFormat.JSON));

        assertThat(problem.code()).isEqualTo(ProblemCode.NOT_A_FHIR_CASE);
        assertThat(problem.message()).contains("Patient");
    }

    @Test
    void anUnknownResourceTypeIsOneProblem() {
        assertThat(onlyProblem(READER.read("{\"resourceType\":\"AdverseReaction\"}", FhirFormat.JSON))
                        .code())
                .isEqualTo(ProblemCode.NOT_A_FHIR_CASE);
        assertThat(onlyProblem(READER.read("{\"id\":\"x\"}", FhirFormat.JSON)).code())
                .isEqualTo(ProblemCode.NOT_A_FHIR_CASE);
    }

    @Test
    void aBundleWithoutAdverseEventIsOneProblem() {
        Problem problem = onlyProblem(READER.read(
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\"}}]}",
                FhirFormat.JSON));

        assertThat(problem.code()).isEqualTo(ProblemCode.NOT_A_FHIR_CASE);
        assertThat(problem.path()).isEqualTo("Bundle.entry");
    }

    @Test
    void everyElementFhirDoesNotDefineAndEveryValueOfTheWrongFormIsListedAndTheInputRejected() {
        Checked<List<FhirCase>> read = READER.read("""
                {"resourceType":"AdverseEvent","actuality":"actual","seriousnes":{},"date":"18/11/2026",
                 "recordedDate":20261120}
                """, FhirFormat.JSON);

        assertThat(read.isAccepted()).isFalse();
        assertThat(read.problems())
                .extracting(Problem::code)
                .containsExactlyInAnyOrder(
                        ProblemCode.UNKNOWN_FIELD, ProblemCode.NOT_VALID_FHIR, ProblemCode.NOT_VALID_FHIR);
        assertThat(read.problems()).anySatisfy(p -> assertThat(p.message()).contains("seriousnes"));
        assertThat(read.problems()).anySatisfy(p -> assertThat(p.message()).contains("18/11/2026"));
    }

    @Test
    void aTextWhereFhirHasAnObjectIsAProblemOfJsonTypeAtTheElement() {
        Problem problem =
                onlyProblem(READER.read("{\"resourceType\":\"AdverseEvent\",\"event\":\"rash\"}", FhirFormat.JSON));

        assertThat(problem.code()).isEqualTo(ProblemCode.WRONG_TYPE);
        assertThat(problem.path()).isEqualTo("event");
    }

    @Test
    void invalidUtf8BytesAreOneProblemAndAByteOrderMarkIsNoProblem() {
        byte[] json = FhirWriter.write(Reports.sepsisAfterSupernatant(), FhirFormat.JSON)
                .getBytes(StandardCharsets.UTF_8);
        byte[] broken = json.clone();
        broken[40] = (byte) 0xC3;
        broken[41] = (byte) 0x28;
        byte[] marked = new byte[json.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(json, 0, marked, 3, json.length);

        assertThat(onlyProblem(READER.read(new ByteArrayInputStream(broken), FhirFormat.JSON))
                        .code())
                .isEqualTo(ProblemCode.NOT_JSON);
        assertThat(READER.read(new ByteArrayInputStream(marked), FhirFormat.JSON)
                        .value())
                .singleElement()
                .satisfies(c -> assertThat(c.report().value()).isEqualTo(Reports.sepsisAfterSupernatant()));
    }

    @Test
    void readOneRefusesABundleOfTwoCases() {
        String two = FhirWriter.write(List.of(FhirFixtures.bare(), Reports.sepsisAfterSupernatant()), FhirFormat.XML);

        Problem problem = onlyProblem(READER.readOne(two, FhirFormat.XML));

        assertThat(problem.code()).isEqualTo(ProblemCode.NOT_A_FHIR_CASE);
        assertThat(problem.message()).contains("P-0001", "CLINIC-42-2026-0001");
    }

    @Test
    void formatsAreKnownByMediaTypeAndByTheirFirstCharacter() {
        assertThat(FhirFormat.ofMediaType("application/fhir+json; charset=utf-8"))
                .contains(FhirFormat.JSON);
        assertThat(FhirFormat.ofMediaType("application/fhir+xml")).contains(FhirFormat.XML);
        assertThat(FhirFormat.ofMediaType("text/html")).isEmpty();
        assertThat(FhirFormat.detect("\uFEFF \n<Bundle/>")).contains(FhirFormat.XML);
        assertThat(FhirFormat.detect("  {}")).contains(FhirFormat.JSON);
        assertThat(FhirFormat.detect("hello")).isEmpty();
    }

    // One case.

    @Test
    void anAdverseEventWithoutIdentifierIsAProblemAndWithoutRecordedDateANote() {
        FhirCase read = caseChanged(b -> {
            event(b).setIdentifier(null);
            event(b).setRecordedDateElement(null);
        });

        // C.1.1 names the case; recordedDate is optional in R4, and the day of receipt stands for C.1.4.
        assertThat(read.report().problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ProblemCode.MISSING, "Bundle.entry[0].resource.identifier.value"));
        assertThat(read.notes()).extracting(Problem::path).contains("Bundle.entry[0].resource.recordedDate");
    }

    @Test
    void aReferenceToAResourceTheInputDoesNotHoldIsReadAsUnknownWithANoteAtTheReference() {
        FhirCase read = caseChanged(b -> event(b).setSubject(new Reference("Patient/elsewhere")));

        assertThat(read.report().isAccepted()).isTrue();
        assertThat(read.report().value().patient()).isEqualTo(org.exovigil.vigilance.model.Patient.UNKNOWN);
        assertThat(read.notes())
                .filteredOn(note -> note.path().equals("Bundle.entry[0].resource.subject.reference"))
                .singleElement()
                .satisfies(note -> assertThat(note.message()).contains("Patient/elsewhere"));
    }

    @Test
    void aSubjectThatIsNotAPatientIsAProblem() {
        Problem problem = onlyProblem(readChanged(b -> event(b).setSubject(new Reference(
                b.getEntry().get(indexOf(b, Location.class)).getFullUrl()))));

        assertThat(problem.code()).isEqualTo(ProblemCode.NOT_REPRESENTED);
        assertThat(problem.message()).contains("Location");
    }

    @Test
    void aPotentialAdverseEventIsNotACase() {
        Problem problem =
                onlyProblem(readChanged(b -> event(b).setActuality(AdverseEvent.AdverseEventActuality.POTENTIAL)));

        assertThat(problem.code()).isEqualTo(ProblemCode.NOT_REPRESENTED);
        assertThat(problem.path()).isEqualTo("Bundle.entry[0].resource.actuality");
    }

    @Test
    void aModifierExtensionTheReaderDoesNotKnowRefusesTheResource() {
        Problem problem = onlyProblem(readChanged(b -> resource(b, Patient.class)
                .addModifierExtension(
                        new Extension("https://example.org/not-really-this-patient", new StringType("x")))));

        assertThat(problem.code()).isEqualTo(ProblemCode.NOT_REPRESENTED);
        assertThat(problem.path()).isEqualTo("Bundle.entry[%d].resource.modifierExtension".formatted(1));
    }

    @Test
    void anOutcomeOutsideTheR4CodesIsAProblem() {
        Problem problem = onlyProblem(
                readChanged(b -> event(b).getOutcome().getCodingFirstRep().setCode("better")));

        assertThat(problem.code()).isEqualTo(ProblemCode.NOT_IN_CODE_LIST);
        assertThat(problem.path()).isEqualTo("Bundle.entry[0].resource.outcome");
    }

    @Test
    void aReceiptDateOfOnlyAYearIsNotADate() {
        Problem problem = onlyProblem(readChanged(b -> event(b).setRecordedDateElement(new DateTimeType("2026"))));

        assertThat(problem.code()).isEqualTo(ProblemCode.NOT_A_DATE);
        assertThat(problem.path()).isEqualTo("Bundle.entry[0].resource.recordedDate");
    }

    @Test
    void theModelsOwnChecksNameTheFhirElement() {
        Checked<IndividualCaseSafetyReport> read = readChanged(b -> {
            event(b).setDateElement(new DateTimeType("2026-12-24"));
            resource(b, Location.class).getAddress().setCountry("Japan");
            ((Age) resource(b, Patient.class)
                            .getExtensionByUrl(FhirExtensions.EXT_AGE_AT_ONSET)
                            .getValue())
                    .setValue(BigDecimal.valueOf(200));
            event(b).getEvent().setText("x".repeat(251));
        });
        int location = indexOf(FhirWriter.toBundle(Reports.sepsisAfterSupernatant()), Location.class);

        assertThat(read.problems())
                .extracting(Problem::code, Problem::path)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                ProblemCode.NOT_IN_CODE_LIST,
                                "Bundle.entry[%d].resource.address.country".formatted(location)),
                        org.assertj.core.groups.Tuple.tuple(
                                ProblemCode.OUT_OF_RANGE,
                                "Bundle.entry[1].resource.extension('%s').value"
                                        .formatted(FhirExtensions.EXT_AGE_AT_ONSET)),
                        org.assertj.core.groups.Tuple.tuple(
                                ProblemCode.TOO_LONG, "Bundle.entry[0].resource.event.text"));
    }

    @Test
    void anOnsetAfterTheReceiptIsAProblemAtTheAdverseEventsDate() {
        Problem problem = onlyProblem(readChanged(b -> event(b).setDateElement(new DateTimeType("2026-12-24"))));

        assertThat(problem.code()).isEqualTo(ProblemCode.INCONSISTENT_DATES);
        assertThat(problem.path()).isEqualTo("Bundle.entry[0].resource.date");
    }

    @Test
    void anExtensionWithAValueOfTheWrongTypeIsAProblem() {
        Problem problem = onlyProblem(readChanged(
                b -> event(b).getExtensionByUrl(FhirExtensions.EXT_CASE_VERSION).setValue(new StringType("three"))));

        assertThat(problem.code()).isEqualTo(ProblemCode.NOT_VALID_FHIR);
        assertThat(problem.path())
                .isEqualTo("Bundle.entry[0].resource.extension('%s').value".formatted(FhirExtensions.EXT_CASE_VERSION));
    }

    // What other senders write.

    @Test
    void aSeriousReactionWithoutCriterionIsNeverReadAsNonSerious() {
        Bundle bundle = FhirWriter.toBundle(Reports.sepsisAfterSupernatant());
        event(bundle).getExtension().removeIf(e -> e.getUrl().equals(FhirExtensions.EXT_SERIOUSNESS_CRITERION));

        FhirCase read = READER.read(bundle).value().getFirst();

        assertThat(read.report().value().reactions().getFirst().seriousness())
                .containsExactly(SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT);
        assertThat(read.notes()).extracting(Problem::path).containsExactly("Bundle.entry[0].resource.seriousness");
    }

    @Test
    void aGenderOtherIsReadAsUnknownWithANote() {
        Bundle bundle = FhirWriter.toBundle(Reports.sepsisAfterSupernatant());
        resource(bundle, Patient.class).setGender(AdministrativeGender.OTHER);

        FhirCase read = READER.read(bundle).value().getFirst();

        assertThat(read.report().value().patient().sex()).isEqualTo(org.exovigil.vigilance.model.Sex.UNKNOWN);
        assertThat(read.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.code()).isEqualTo(ProblemCode.NOT_REPRESENTED));
    }

    @Test
    void aMeddraCodingByOidIsMeddraToo() {
        Bundle bundle = FhirWriter.toBundle(Reports.sepsisAfterSupernatant());
        event(bundle)
                .getEvent()
                .addCoding(new Coding("urn:oid:2.16.840.1.113883.6.163", "10040047", null).setVersion("27.1"));

        FhirCase read = READER.read(bundle).value().getFirst();

        assertThat(read.report().value().reactions().getFirst().codedTerm().terminology())
                .isEqualTo("meddra");
    }
}
