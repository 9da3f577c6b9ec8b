package org.exovigil.vigilance.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.Reports.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.MinimumCriterion;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReferenceSafetyInformation;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.junit.jupiter.api.Test;

class ReportingClockTest {

    private final ReportingClock clock = TestDuties.clock();

    private static IndividualCaseSafetyReport caseIn(
            String country, LocalDate day0, ReportType type, ProductType productType, Reaction... reactions) {
        ReportIdentification id =
                ReportIdentification.initial("R-1", day0, type, country).value();
        Product product = Product.of(ProductRole.SUSPECT, "Product X", productType, null, Route.IV, null, null, null)
                .value();
        return IndividualCaseSafetyReport.of(
                        id, physician(), adultWoman(), List.of(reactions), List.of(product), List.of(), null)
                .value();
    }

    private static Reaction death() {
        return Reaction.of("death", null, null, ReactionOutcome.FATAL, Set.of()).value();
    }

    private static Reaction hospitalised() {
        return Reaction.of(
                        "sepsis", null, null, ReactionOutcome.RECOVERING, Set.of(SeriousnessCriterion.HOSPITALISATION))
                .value();
    }

    private static Reaction rash() {
        return Reaction.of("rash", null, null, ReactionOutcome.RECOVERED, Set.of())
                .value();
    }

    private ClockReading read(IndividualCaseSafetyReport report) {
        return clock.read(report, ReferenceSafetyInformation.none(), CaseSetting.of(report));
    }

    private static List<String> ids(ClockReading reading) {
        return reading.deadlines().stream().map(Deadline::dutyId).toList();
    }

    @Test
    void aCultureSupernatantCaseInJapanHasNoLegalDutyAndTheVoluntaryClockSaysSo() {
        ClockReading reading = read(sepsisAfterSupernatant());

        assertThat(reading.voluntaryOnly()).isTrue();
        assertThat(reading.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.dutyId()).isEqualTo("exovigil.voluntary.fatal");
            assertThat(d.kind()).isEqualTo("voluntary");
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        });
        assertThat(reading.notes())
                .contains(new ClockNote.NoLaw(
                        List.of(ProductType.CULTURE_SUPERNATANT),
                        false,
                        "JP",
                        Setting.PRACTICE,
                        LocalDate.of(2026, 11, 20)));
    }

    @Test
    void aStemCellDeathInJapanIsDueToTheCommitteeWithinSevenDaysOnly() {
        ClockReading reading =
                read(caseIn("JP", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, ProductType.STEM_CELL, death()));

        assertThat(ids(reading)).containsExactly("jp.asrm.fatal");
        assertThat(reading.deadlines().getFirst().dueOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(reading.deadlines().getFirst().basis().source()).contains("Art 35");
        assertThat(reading.voluntaryOnly()).isFalse();
    }

    @Test
    void aStemCellHospitalisationInJapanIsDueWithinFifteenDays() {
        ClockReading reading = read(caseIn(
                "JP", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, ProductType.STEM_CELL, hospitalised()));

        assertThat(ids(reading)).containsExactly("jp.asrm.serious");
        assertThat(reading.deadlines().getFirst().dueOn()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void theAsrmPeriodicReportIsDueTenDaysAfterThe60DayPeriodHoldingDayZero() {
        IndividualCaseSafetyReport onLastDay =
                caseIn("JP", LocalDate.of(2026, 3, 2), ReportType.SPONTANEOUS, ProductType.STEM_CELL, rash());
        IndividualCaseSafetyReport dayAfter =
                caseIn("JP", LocalDate.of(2026, 3, 3), ReportType.SPONTANEOUS, ProductType.STEM_CELL, rash());
        CaseSetting plan = CaseSetting.of(onLastDay).withPlanSubmittedOn(LocalDate.of(2026, 1, 1));

        assertThat(clock.read(onLastDay, ReferenceSafetyInformation.none(), plan)
                        .deadlines())
                .singleElement()
                .extracting(Deadline::dueOn)
                .isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(clock.read(dayAfter, ReferenceSafetyInformation.none(), plan).deadlines())
                .singleElement()
                .extracting(Deadline::dueOn)
                .isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void aPeriodicReportWithoutThePlanDateHasNoDateAndSaysWhy() {
        ClockReading reading =
                read(caseIn("JP", LocalDate.of(2026, 3, 2), ReportType.SPONTANEOUS, ProductType.STEM_CELL, rash()));

        assertThat(reading.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isNull();
            assertThat(d.because()).contains("which is not known");
        });
    }

    @Test
    void anUnexpectedExosomeDeathUnderAnIndNeedsSevenAndFifteenDayReports() {
        ClockReading reading =
                read(caseIn("US", LocalDate.of(2028, 2, 22), ReportType.SPONTANEOUS, ProductType.EXOSOME, death()));

        assertThat(reading.deadlines())
                .extracting(Deadline::dutyId, Deadline::dueOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("us.ind.fatal", LocalDate.of(2028, 2, 29)),
                        org.assertj.core.groups.Tuple.tuple("us.ind.serious", LocalDate.of(2028, 3, 8)));
        assertThat(reading.earliest()).get().extracting(Deadline::dueOn).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void anExpectedSeriousReactionUnderAnIndIsNotExpeditedAndTheNotesSayWhy() {
        IndividualCaseSafetyReport report =
                caseIn("US", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, ProductType.EXOSOME, hospitalised());
        ReferenceSafetyInformation brochure = new ReferenceSafetyInformation(
                "IB v1", LocalDate.of(2026, 1, 1), Map.of("Product X", Set.of("sepsis")));

        ClockReading reading = clock.read(report, brochure, CaseSetting.of(report));

        assertThat(reading.deadlines()).isEmpty();
        assertThat(reading.voluntaryOnly()).isFalse();
        assertThat(reading.notes())
                .contains(new ClockNote.NotDue(
                        "US IND safety report",
                        "us.ind.serious",
                        DutyCondition.SERIOUS_AND_UNEXPECTED,
                        DutyCondition.Shortfall.EXPECTED));
    }

    @Test
    void anUnlistedReactionIsUnexpectedAndTheNoteNamesTheReferenceItIsMissingFrom() {
        IndividualCaseSafetyReport report =
                caseIn("US", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, ProductType.EXOSOME, hospitalised());
        ReferenceSafetyInformation brochure =
                new ReferenceSafetyInformation("IB v1", LocalDate.of(2026, 1, 1), Map.of("Product X", Set.of("rash")));

        ClockReading reading = clock.read(report, brochure, CaseSetting.of(report));

        assertThat(reading.unexpected()).isTrue();
        assertThat(reading.notes()).first().isEqualTo(new ClockNote.NotListed("sepsis", "Product X", "IB v1"));
    }

    @Test
    void withoutReferenceSafetyInformationTheNoteSaysNoneCoversTheProduct() {
        ClockReading reading =
                read(caseIn("JP", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, ProductType.EXOSOME, rash()));

        assertThat(reading.notes()).first().isEqualTo(new ClockNote.NoReference("Product X"));
    }

    @Test
    void aProductOfUnknownTypeIsNamedAsSuchWhenNoLawCoversIt() {
        ClockReading reading = read(caseIn("BR", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, null, death()));

        assertThat(reading.notes())
                .filteredOn(ClockNote.NoLaw.class::isInstance)
                .singleElement()
                .satisfies(n -> {
                    assertThat(((ClockNote.NoLaw) n).productTypes()).isEmpty();
                    assertThat(((ClockNote.NoLaw) n).unknownType()).isTrue();
                });
    }

    @Test
    void aStemCellCaseInTheUsShowsBothIndAndHctpClocksUntilTheRulebookNarrowsThem() {
        IndividualCaseSafetyReport report =
                caseIn("US", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, ProductType.STEM_CELL, hospitalised());

        assertThat(ids(read(report))).containsExactly("us.ind.serious", "us.hctp.serious");
        assertThat(ids(clock.read(
                        report,
                        ReferenceSafetyInformation.none(),
                        CaseSetting.of(report).withRegimes(Set.of("US HCT/P adverse reaction report")))))
                .containsExactly("us.hctp.serious");
    }

    @Test
    void aSeriousCaseInGermanyFallsUnderTheEuGroupWithFifteenDays() {
        ClockReading reading = read(
                caseIn("DE", LocalDate.of(2026, 1, 31), ReportType.SPONTANEOUS, ProductType.EXOSOME, hospitalised()));

        assertThat(reading.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.dutyId()).isEqualTo("eu.postauth.serious");
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 2, 15));
        });
    }

    @Test
    void aNonSeriousEuCaseIsDueInNinetyDaysCountingTheLeapDay() {
        assertThat(read(caseIn("FR", LocalDate.of(2028, 1, 1), ReportType.SPONTANEOUS, ProductType.EXOSOME, rash()))
                        .deadlines())
                .singleElement()
                .extracting(Deadline::dueOn)
                .isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(read(caseIn("FR", LocalDate.of(2027, 1, 1), ReportType.SPONTANEOUS, ProductType.EXOSOME, rash()))
                        .deadlines())
                .singleElement()
                .extracting(Deadline::dueOn)
                .isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void aFatalSusarInAnEuTrialIsDueInSevenDaysAcrossTheYearEnd() {
        ClockReading reading = read(
                caseIn("ES", LocalDate.of(2026, 12, 25), ReportType.STUDY, ProductType.EXTRACELLULAR_VESICLE, death()));

        assertThat(reading.deadlines())
                .extracting(Deadline::dutyId, Deadline::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("eu.trial.fatal", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void sevenDaysFromTheLastWeekOfFebruaryEndOnTheLeapDayOnlyInALeapYear() {
        assertThat(read(caseIn("US", LocalDate.of(2027, 2, 22), ReportType.SPONTANEOUS, ProductType.EXOSOME, death()))
                        .earliest())
                .get()
                .extracting(Deadline::dueOn)
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(read(caseIn("US", LocalDate.of(2028, 2, 29), ReportType.SPONTANEOUS, ProductType.EXOSOME, death()))
                        .deadlines())
                .extracting(Deadline::dueOn)
                .containsExactly(LocalDate.of(2028, 3, 7), LocalDate.of(2028, 3, 15));
    }

    @Test
    void anInvalidCaseStartsNoClockAndSaysWhatIsMissing() {
        IndividualCaseSafetyReport noPatient =
                report(RECEIVED, physician(), Patient.UNKNOWN, List.of(death()), List.of(supernatant()));

        ClockReading reading = read(noPatient);

        assertThat(reading.dayZero()).isNull();
        assertThat(reading.deadlines()).isEmpty();
        assertThat(reading.notes()).contains(new ClockNote.NoClock(List.of(MinimumCriterion.IDENTIFIABLE_PATIENT)));
    }

    @Test
    void theRulebookCanSupplyTheDutiesThroughTheInterface() {
        ReportingDuty rulebookDuty = TestDuties.book().all().stream()
                .filter(d -> d.id().equals("jp.asrm.fatal"))
                .findFirst()
                .orElseThrow();
        ReportingClock withRulebook = new ReportingClock(query -> List.of(rulebookDuty), query -> List.of());

        ClockReading reading = withRulebook.read(
                sepsisAfterSupernatant(), ReferenceSafetyInformation.none(), CaseSetting.of(sepsisAfterSupernatant()));

        assertThat(ids(reading)).containsExactly("jp.asrm.fatal");
    }

    @Test
    void theNotesOfADeathSayWhatTheCaseIsAndNeverContradictEachOther() {
        ClockReading reading =
                read(caseIn("JP", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, ProductType.STEM_CELL, death()));

        assertThat(reading.notes())
                .filteredOn(ClockNote.NotDue.class::isInstance)
                .isNotEmpty()
                .extracting(n -> ((ClockNote.NotDue) n).shortfall())
                .allSatisfy(shortfall -> assertThat(shortfall)
                        .isIn(
                                DutyCondition.Shortfall.SERIOUS,
                                DutyCondition.Shortfall.FATAL_OR_LIFE_THREATENING,
                                DutyCondition.Shortfall.EXPECTED));
    }
}
