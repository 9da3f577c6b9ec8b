package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/**
 * What the writer produces is valid against the base FHIR R4 profiles: no error at all. The warnings
 * that remain are of three kinds, each expected and documented, and this test fails when a new kind
 * appears: a code system the validator cannot check offline (MedDRA, EDQM, the ICH OIDs, Exovigil's
 * own); the best-practice rule dom-6 (a resource should have a human-readable narrative), which the
 * writer does not generate; and the best-practice advice that an Observation have a performer and an
 * effective time, which a reported test result often lacks.
 */
class FhirValidationTest {

    private static final List<Pattern> EXPECTED_WARNINGS = List.of(
            Pattern.compile("CodeSystem is unknown and can't be validated: ("
                    + Pattern.quote(FhirCodes.MEDDRA)
                    + "|"
                    + Pattern.quote(FhirCodes.EDQM)
                    + "|urn:oid:2\\.16\\.840\\.1\\.113883\\.3\\.989\\.2\\.1\\.1\\.\\d+"
                    + "|https://exovigil\\.org/fhir/CodeSystem/\\S+) .*"),
            Pattern.compile("Constraint failed: dom-6: .*"),
            Pattern.compile(
                    "Best Practice Recommendation: In general, all observations should have an? (performer|effective\\[x\\]).*"));

    private static void assertValid(FhirValidation.Outcome outcome) {
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.isValid()).isTrue();
        assertThat(outcome.warnings())
                .allSatisfy(w -> assertThat(EXPECTED_WARNINGS)
                        .as("an expected kind of warning: %s", w)
                        .anyMatch(p -> p.matcher(w.message()).matches()));
    }

    @Test
    void everyBundleTheWriterProducesHasNoError() {
        for (IndividualCaseSafetyReport report : FhirFixtures.all()) {
            assertValid(FhirValidation.shared().validate(FhirWriter.toBundle(report)));
        }
        assertValid(FhirValidation.shared().validate(FhirWriter.toBundle(FhirFixtures.all())));
    }

    @Test
    void everySelfContainedAdverseEventHasNoError() {
        for (IndividualCaseSafetyReport report : FhirFixtures.all()) {
            for (int i = 0; i < FhirWriter.adverseEventCount(report); i++) {
                assertValid(FhirValidation.shared().validate(FhirWriter.toAdverseEvent(report, i)));
            }
        }
    }

    @Test
    void whatIsWrittenAsTextValidatesTheSameInBothFormats() {
        for (FhirFormat format : FhirFormat.values()) {
            String text = FhirWriter.write(FhirFixtures.rich(), format);

            assertValid(FhirValidation.shared().validate(text, format).value());
        }
    }

    /** One validator serves every request of the application, so several threads use it at once. */
    @Test
    void theSharedValidatorGivesTheSameOutcomeFromSeveralThreadsAtOnce() throws Exception {
        List<IndividualCaseSafetyReport> reports = FhirFixtures.all();
        List<FhirValidation.Outcome> alone = reports.stream()
                .map(r -> FhirValidation.shared().validate(FhirWriter.toBundle(r)))
                .toList();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<FhirValidation.Outcome>> together = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (IndividualCaseSafetyReport report : reports) {
                    together.add(threads.submit(() -> FhirValidation.shared().validate(FhirWriter.toBundle(report))));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get(1, TimeUnit.MINUTES)).isEqualTo(alone.get(i % reports.size()));
            }
        }
    }

    @Test
    void anAdverseEventWithoutItsRequiredElementsIsAnErrorNamingThem() {
        AdverseEvent empty = new AdverseEvent();

        FhirValidation.Outcome outcome = FhirValidation.shared().validate(empty);

        assertThat(outcome.isValid()).isFalse();
        assertThat(outcome.errors()).extracting(Problem::code).containsOnly(ProblemCode.NOT_VALID_FHIR);
        assertThat(outcome.errors())
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("AdverseEvent.actuality"))
                .anyMatch(m -> m.contains("AdverseEvent.subject"));
    }

    @Test
    void aBundleWhoseEntriesNameOneFullUrlTwiceIsAnError() {
        Bundle bundle = FhirWriter.toBundle(FhirFixtures.rich());
        bundle.getEntry().get(1).setFullUrl(bundle.getEntry().getFirst().getFullUrl());

        assertThat(FhirValidation.shared().validate(bundle).errors()).isNotEmpty();
    }

    @Test
    void aBodyThatIsNotFhirIsRejectedBeforeValidation() {
        assertThat(FhirValidation.shared().validate("{", FhirFormat.JSON).problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.NOT_JSON);
    }

    @Test
    void theLocationOfAWarningIsAPlainFhirPath() {
        FhirValidation.Outcome outcome = FhirValidation.shared().validate(FhirWriter.toBundle(FhirFixtures.rich()));

        assertThat(outcome.warnings()).extracting(Problem::path).noneMatch(p -> p.contains("/*"));
        assertThat(outcome.warnings()).extracting(Problem::path).anyMatch(p -> p.startsWith("Bundle.entry["));
    }
}
