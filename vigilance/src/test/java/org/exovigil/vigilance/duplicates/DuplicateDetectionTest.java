package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.Sex;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection end to end. Value frequencies come from the collection itself, so the cases under
 * test sit among 1,500 distinct synthetic cases, as they would in a case store.
 */
class DuplicateDetectionTest {

    static final LocalDate GIVEN = LocalDate.of(2025, 3, 1);
    static final LocalDate ONSET = LocalDate.of(2025, 3, 2);
    static final List<CaseFacts> BACKGROUND =
            SyntheticCases.generate(99, 1_500, 0.0).cases();

    private final DuplicateDetection detection = DuplicateDetection.bundled();

    /** The clinic's report: complete. */
    static TestReport clinicReport() {
        return TestReport.report("CLINIC-1")
                .received(LocalDate.of(2025, 3, 10))
                .age(52)
                .sex(Sex.FEMALE)
                .country("JP")
                .coded("Headache", "10019211", ONSET)
                .product("Exosome Serum", "ES-25001", "Tokyo Clinic", GIVEN)
                .reporter("Dr Aiko Sato", "Tokyo Clinic", Qualification.PHYSICIAN)
                .narrative("Headache the day after the infusion.");
    }

    /** The patient's own report of the same case, later, with less detail and other spellings. */
    static TestReport patientReport() {
        return TestReport.report("PATIENT-9")
                .received(LocalDate.of(2025, 3, 20))
                .age(52)
                .sex(Sex.FEMALE)
                .country("JP")
                .coded("headache", "10019211", ONSET.plusDays(2))
                .product("EXOSOME  SERUM", null, "Tokyo\u3000Clinic", null)
                .reporter("Hana Ito", null, Qualification.CONSUMER);
    }

    static List<CaseFacts> withBackground(CaseFacts... cases) {
        List<CaseFacts> all = new ArrayList<>(BACKGROUND);
        all.addAll(List.of(cases));
        return all;
    }

    @Test
    void anEmptyCollectionHasNoDuplicates() {
        DuplicateGroups found = detection.find(List.of());

        assertThat(found.groups()).isEmpty();
        assertThat(found.suspectedPairs()).isEmpty();
        assertThat(found.comparedPairs()).isZero();
    }

    @Test
    void aSingleCaseIsItsOwnMaster() {
        DuplicateGroups found = detection.find(List.of(clinicReport().facts("A")));

        assertThat(found.groups()).isEmpty();
        assertThat(found.masterOf("A")).isEqualTo("A");
        assertThat(found.groupOf("A")).isEmpty();
    }

    @Test
    void twoReportsOfOneCaseAreGroupedWithTheEvidenceForIt() {
        DuplicateGroups found = detection.find(
                withBackground(clinicReport().facts("A"), patientReport().facts("B")));

        DuplicateGroup group = found.groupOf("A").orElseThrow();
        assertThat(group.members()).containsExactly("A", "B");
        SuspectedDuplicate pair = group.pairs().getFirst();
        assertThat(pair.score()).isGreaterThanOrEqualTo(detection.parameters().threshold());
        assertThat(pair.isExternallyIndicated()).isFalse();
        assertThat(pair.contributions()).extracting(FieldWeight::field).containsExactly(Field.values());
        assertThat(pair.contributions().stream()
                        .mapToDouble(FieldWeight::weight)
                        .sum())
                .isCloseTo(pair.score(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(pair.explanation())
                .contains("age agrees (52) (+")
                .contains("onset 2 days apart (2025-03-02, 2025-03-04)")
                .contains("products agree on exosome serum (+")
                .contains("providers agree on tokyo clinic (+")
                .contains("reporter differs (−");
        assertThat(weightOf(pair, Field.LOTS)).as("a lot blank in one report").isZero();
        System.out.println(pair.explanation());
    }

    @Test
    void aRareValueSharedCountsMoreThanACommonOne() {
        DuplicateGroups found = detection.find(
                withBackground(clinicReport().facts("A"), patientReport().facts("B")));
        SuspectedDuplicate pair = found.groupOf("A").orElseThrow().pairs().getFirst();

        // one woman in about 1.5, one in 1,500 with this product; Japan is the most frequent country
        assertThat(weightOf(pair, Field.PRODUCTS)).isGreaterThan(weightOf(pair, Field.SEX));
        assertThat(weightOf(pair, Field.SEX)).isPositive().isLessThan(1.5);
    }

    @Test
    void aReportNamingAnotherIsASuspectedDuplicateWhateverItsScore() {
        CaseFacts named = clinicReport().facts("A");
        CaseFacts naming = TestReport.report("MAH-77")
                .age(30)
                .sex(Sex.MALE)
                .reaction("fever", ONSET)
                .product("Another Product", null, null, null)
                .facts("C")
                .withReferencedIds(List.of("CLINIC-1"));

        DuplicateGroups found = detection.find(withBackground(named, naming));

        SuspectedDuplicate pair = found.groupOf("A").orElseThrow().pairs().getFirst();
        assertThat(pair.isExternallyIndicated()).isTrue();
        assertThat(pair.score()).isLessThan(detection.parameters().threshold());
        assertThat(pair.explanation()).startsWith("externally indicated: C names A (CLINIC-1); ");
    }

    @Test
    void aCopySentAgainIsLinkedEvenWhereNoStatisticCanTellIt() {
        // Two reports alone in a store: every value is shared by all, so agreement weighs nothing.
        CaseFacts first = patientReport().facts("A");
        CaseFacts copy = TestReport.report("PATIENT-10")
                .received(LocalDate.of(2025, 3, 21))
                .age(52)
                .sex(Sex.FEMALE)
                .country("JP")
                .coded("headache", "10019211", ONSET.plusDays(2))
                .product("EXOSOME  SERUM", null, "Tokyo\u3000Clinic", null)
                .reporter("Hana Ito", null, Qualification.CONSUMER)
                .facts("B");

        DuplicateGroups found = detection.find(List.of(first, copy));

        SuspectedDuplicate pair = found.groupOf("A").orElseThrow().pairs().getFirst();
        assertThat(pair.isExternallyIndicated()).isTrue();
        assertThat(pair.score()).isLessThan(detection.parameters().threshold());
        assertThat(pair.explanation()).startsWith("the same content word for word: A and B; ");
    }

    @Test
    void reportsThatDifferInOneWordAreLeftToTheStatistics() {
        CaseFacts first = patientReport().facts("A");
        CaseFacts other = patientReport().narrative("A second patient.").facts("B");

        assertThat(detection.find(List.of(first, other)).groupOf("A")).isEmpty();
    }

    @Test
    void aReportCitingAnothersIdInItsOwnIdentificationIsExternallyIndicated() {
        CaseFacts named = clinicReport().facts("A");
        IndividualCaseSafetyReport citing = TestReport.report("REG-9")
                .age(30)
                .sex(Sex.MALE)
                .reaction("fever", ONSET)
                .product("Another Product", null, null, null)
                .build();
        IndividualCaseSafetyReport withId =
                citing.withIdentification(citing.identification().withOtherCaseIds(List.of("CLINIC-1")));

        DuplicateGroups found = detection.find(withBackground(named, CaseFacts.of("C", withId)));

        assertThat(found.groupOf("A").orElseThrow().pairs().getFirst().isExternallyIndicated())
                .isTrue();
    }

    @Test
    void aPairAReviewerRejectedIsNeverGroupedAgain() {
        var reviewed = new ReviewedPairs(Set.of(), Set.of(ReviewedPairs.CasePair.of("B", "A")));

        DuplicateGroups found = detection.find(
                withBackground(clinicReport().facts("A"), patientReport().facts("B")), reviewed);

        assertThat(found.groupOf("A")).isEmpty();
        assertThat(found.masterOf("B")).isEqualTo("B");
    }

    @Test
    void aPairAReviewerConfirmedStaysGroupedWhateverItsScore() {
        CaseFacts unlike = TestReport.report("OTHER-9")
                .age(30)
                .sex(Sex.MALE)
                .reaction("fever", ONSET)
                .product("Another Product", null, null, null)
                .facts("C");
        var reviewed = new ReviewedPairs(Set.of(ReviewedPairs.CasePair.of("A", "C")), Set.of());

        DuplicateGroups found = detection.find(withBackground(clinicReport().facts("A"), unlike), reviewed);

        SuspectedDuplicate pair = found.groupOf("C").orElseThrow().pairs().getFirst();
        assertThat(pair.score()).isLessThan(detection.parameters().threshold());
        assertThat(pair.externalIndication()).isEqualTo("confirmed a duplicate by a reviewer");
    }

    @Test
    void theMasterIsTheMostCompleteReport() {
        CaseFacts complete = clinicReport().facts("Z");
        CaseFacts sparse = patientReport().facts("A");

        DuplicateGroups found = detection.find(withBackground(sparse, complete));

        assertThat(complete.completeness().score())
                .isGreaterThan(sparse.completeness().score());
        assertThat(found.masterOf("A")).isEqualTo("Z");
        assertThat(found.masterOf("Z")).isEqualTo("Z");
        assertThat(found.groupOf("A").orElseThrow().duplicates()).containsExactly("A");
    }

    @Test
    void amongEquallyCompleteReportsTheOneReceivedLastIsMasterThenTheSmallestId() {
        CaseFacts first = clinicReport().facts("A");
        CaseFacts later = clinicReport().received(LocalDate.of(2025, 4, 1)).facts("B");
        CaseFacts twin = clinicReport().facts("C");

        assertThat(detection.find(withBackground(first, later)).masterOf("A")).isEqualTo("B");
        assertThat(detection.find(withBackground(twin, first)).masterOf("C")).isEqualTo("A");
    }

    @Test
    void theOrderOfTheCasesDoesNotMatter() {
        List<CaseFacts> cases =
                new ArrayList<>(SyntheticCases.generate(5, 1_000, 0.2).cases());
        DuplicateGroups found = detection.find(cases);
        Collections.shuffle(cases, new Random(1));

        DuplicateGroups again = detection.find(cases);

        assertThat(found.groups()).isNotEmpty();
        assertThat(again.groups()).isEqualTo(found.groups());
        assertThat(again.suspectedPairs()).isEqualTo(found.suspectedPairs());
    }

    @Test
    void twoCasesWithOneIdAreRefused() {
        var a = clinicReport().facts("A");

        assertThatThrownBy(() -> detection.find(List.of(a, patientReport().facts("A"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A");
    }

    @Test
    void aCaseWithOutcomeAndDoseOutranksOneWithout() {
        var fuller = clinicReport()
                .reaction("nausea", ONSET, ReactionOutcome.RECOVERED)
                .facts("B");

        assertThat(fuller.completeness().score())
                .isGreaterThan(clinicReport().facts("A").completeness().score());
    }

    private static double weightOf(SuspectedDuplicate pair, Field field) {
        return pair.contributions().stream()
                .filter(c -> c.field() == field)
                .findFirst()
                .orElseThrow()
                .weight();
    }
}
