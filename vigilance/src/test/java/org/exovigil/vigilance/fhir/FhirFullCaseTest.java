package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole ICH E2B(R3) case model through FHIR R4: a case that fills every element is written, read back
 * equal, section by section, in both formats, and what is written is R4 that HAPI's validator accepts.
 */
class FhirFullCaseTest {

    private static final IndividualCaseSafetyReport FULL = FhirFullCase.report();

    private static IndividualCaseSafetyReport back(FhirFormat format) {
        Checked<List<FhirCase>> read = FhirReader.withDefaults().read(FhirWriter.write(FULL, format), format);
        assertThat(read.problems()).isEmpty();
        FhirCase only = read.value().getFirst();
        assertThat(only.report().problems()).isEmpty();
        assertThat(only.notes()).isEmpty();
        return only.report().value();
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void thePatientComesBackWithHistoryDeathPastDrugsRaceAndParent(FhirFormat format) {
        assertThat(back(format).patient()).isEqualTo(FULL.patient());
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void theReactionsComeBackWithSeverityAndCategory(FhirFormat format) {
        assertThat(back(format).reactions()).isEqualTo(FULL.reactions());
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void theTestsComeBackWithCodesBoundsRangesInterpretationAndComments(FhirFormat format) {
        assertThat(back(format).tests()).isEqualTo(FULL.tests());
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void theDrugsComeBackWithIdentifierSubstancesAuthorisationIndicationsActionCausalityAndEveryDosage(
            FhirFormat format) {
        assertThat(back(format).products()).isEqualTo(FULL.products());
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void theReportersComeBackWithTheirNamesInPartsAndTheirAddresses(FhirFormat format) {
        assertThat(back(format).primarySources()).isEqualTo(FULL.primarySources());
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void theIdentificationComesBackWithTheSenderLiteratureStudyAndLinkedReports(FhirFormat format) {
        assertThat(back(format).identification()).isEqualTo(FULL.identification());
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void theCommentsOfReporterAndSenderComeBack(FhirFormat format) {
        assertThat(back(format).comments()).isEqualTo(FULL.comments());
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void theWholeCaseComesBackEqual(FhirFormat format) {
        assertThat(back(format)).isEqualTo(FULL);
    }

    /**
     * Exovigil's extensions as another sender might garble them: every value of the wrong kind, every part of a
     * complex extension without its name. Each is a problem naming the element, never a defect of the reader.
     */
    @Test
    void everyExtensionWithAValueOfTheWrongKindIsAProblemNeverADefectOfTheReader() {
        Bundle bundle = FhirWriter.toBundle(FULL);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            DomainResource resource = (DomainResource) entry.getResource();
            List<Extension> all = new ArrayList<>(resource.getExtension());
            if (resource instanceof AdverseEvent event) {
                event.getSuspectEntity().forEach(entity -> all.addAll(entity.getExtension()));
            }
            for (Extension extension : all) {
                extension.setValue(
                        extension.getValue() instanceof BooleanType ? new StringType("wrong") : new BooleanType(true));
                extension.getExtension().forEach(part -> part.setUrl(null));
            }
        }

        Checked<IndividualCaseSafetyReport> read =
                FhirReader.withDefaults().read(bundle).value().getFirst().report();

        assertThat(read.problems()).isNotEmpty().noneMatch(p -> p.message().startsWith(FhirReader.READER_DEFECT));
    }

    /** The application keeps reports as JSON between receiving and serving them as FHIR. */
    @Test
    void whatFhirAddsSurvivesTheJsonTheApplicationStores() {
        assertThat(ReportJson.read(ReportJson.write(back(FhirFormat.JSON))).value())
                .isEqualTo(FULL);
    }

    @Test
    void theBundleIsR4ThatHapisValidatorAccepts() {
        assertThat(FhirValidation.shared().validate(FhirWriter.toBundle(FULL)).errors())
                .isEmpty();
    }

    @Test
    void eachAdverseEventAloneIsR4ThatHapisValidatorAccepts() {
        for (int i = 0; i < FhirWriter.adverseEventCount(FULL); i++) {
            assertThat(FhirValidation.shared()
                            .validate(FhirWriter.toAdverseEvent(FULL, i))
                            .errors())
                    .as("AdverseEvent %d", i)
                    .isEmpty();
        }
    }
}
