package org.exovigil.vigilance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.Reports.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidityTest {

    @Test
    void theMinimalReportOfTheSpecMeetsAllFourCriteria() {
        Validity validity = Validity.of(sepsisAfterSupernatant());

        assertThat(validity.isValid()).isTrue();
        assertThat(validity.checks()).extracting(CriterionCheck::criterion).containsExactly(MinimumCriterion.values());
        assertThat(validity.checks().getFirst().reason()).contains("country", "qualification (physician)");
    }

    @Test
    void aReportWithoutAnIdentifiablePatientIsInvalidButKept() {
        IndividualCaseSafetyReport report = report(
                RECEIVED,
                physician(),
                Patient.UNKNOWN,
                List.of(reaction("death", ReactionOutcome.FATAL)),
                List.of(supernatant()));

        Validity validity = Validity.of(report);

        assertThat(report).isNotNull();
        assertThat(validity.isValid()).isFalse();
        assertThat(validity.unmet()).singleElement().satisfies(c -> {
            assertThat(c.criterion()).isEqualTo(MinimumCriterion.IDENTIFIABLE_PATIENT);
            assertThat(c.reason()).contains("no initials, age, age group or sex");
        });
    }

    @Test
    void anUnknownSexAloneDoesNotIdentifyAPatient() {
        assertThat(Patient.of(null, null, null, Sex.UNKNOWN, null).value().isIdentifiable())
                .isFalse();
        assertThat(Patient.of(null, null, AgeGroup.ELDERLY, null, null).value().isIdentifiable())
                .isTrue();
    }

    @Test
    void aWeightAloneDoesNotIdentifyAPatient() {
        assertThat(Patient.of(null, null, null, null, java.math.BigDecimal.valueOf(70))
                        .value()
                        .isIdentifiable())
                .isFalse();
    }

    @Test
    void aConcomitantProductIsNotASuspectButAnInteractingOneIs() {
        Product concomitant = Product.of(
                        ProductRole.CONCOMITANT, "Vitamin C drip", null, null, Route.IV, null, null, null)
                .value();
        Product interacting = Product.of(
                        ProductRole.INTERACTING, "Vitamin C drip", null, null, Route.IV, null, null, null)
                .value();
        List<Reaction> fever = List.of(reaction("fever", ReactionOutcome.RECOVERED));

        assertThat(Validity.of(report(RECEIVED, physician(), adultWoman(), fever, List.of(concomitant)))
                        .unmet())
                .extracting(CriterionCheck::criterion)
                .containsExactly(MinimumCriterion.SUSPECT_PRODUCT);
        assertThat(Validity.of(report(RECEIVED, physician(), adultWoman(), fever, List.of(interacting)))
                        .isValid())
                .isTrue();
    }

    @Test
    void anEmptyReportMissesEveryCriterionAndSaysWhy() {
        Validity validity = Validity.of(report(RECEIVED, List.of(), Patient.UNKNOWN, List.of(), List.of()));

        assertThat(validity.unmet())
                .hasSize(4)
                .allSatisfy(c -> assertThat(c.reason()).isNotBlank());
    }

    @Test
    void aReporterWithNothingButAnEmptyRecordIsNotIdentifiable() {
        List<PrimarySource> anonymous =
                List.of(PrimarySource.of(" ", "", null, null).value());
        Validity validity = Validity.of(report(
                RECEIVED,
                anonymous,
                adultWoman(),
                List.of(reaction("rash", ReactionOutcome.RECOVERING)),
                List.of(supernatant())));

        assertThat(validity.unmet())
                .extracting(CriterionCheck::criterion)
                .containsExactly(MinimumCriterion.IDENTIFIABLE_REPORTER);
    }

    @Test
    void dayZeroIsTheDateTheFirstValidVersionWasReceived() {
        IndividualCaseSafetyReport incomplete = report(
                RECEIVED,
                physician(),
                Patient.UNKNOWN,
                List.of(reaction("death", ReactionOutcome.FATAL)),
                List.of(supernatant()));
        LocalDate completedOn = LocalDate.of(2026, 11, 27);
        IndividualCaseSafetyReport completed = sepsisAfterSupernatant()
                .withIdentification(sepsisAfterSupernatant().identification().asVersion(2, completedOn, null));
        IndividualCaseSafetyReport later =
                completed.withIdentification(completed.identification().asVersion(3, LocalDate.of(2026, 12, 5), null));

        assertThat(DayZero.of(List.of(incomplete))).isEmpty();
        assertThat(DayZero.of(List.of(incomplete, completed, later))).contains(new DayZero(completedOn, 2));
        assertThat(DayZero.of(List.of(sepsisAfterSupernatant()))).contains(new DayZero(RECEIVED, 1));
    }
}
