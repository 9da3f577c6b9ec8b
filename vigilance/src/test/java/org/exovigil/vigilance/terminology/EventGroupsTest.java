package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventGroupsTest {

    private final EventGroups groups = EventGroups.bundled();

    private EventGroup group(String id) {
        return groups.group(id).orElseThrow();
    }

    @Test
    void theSixRisksOfTheseProductsAreGroups() {
        assertThat(groups.groups())
                .extracting(EventGroup::id)
                .containsExactly(
                        "infusion_sepsis",
                        "local_infection_after_injection",
                        "hypersensitivity_anaphylaxis",
                        "thromboembolism",
                        "tumour_growth",
                        "death");
        assertThat(groups.group("no_such_group")).isEmpty();
    }

    @Test
    void everyGroupIsDefinedAndSourcedInBothLanguages() {
        assertThat(groups.groups()).allSatisfy(g -> {
            assertThat(g.titleEn()).isNotBlank();
            assertThat(g.titleJa()).matches(".*[\\p{IsHan}\\p{IsKatakana}].*");
            assertThat(g.definition()).as(g.id()).hasSizeGreaterThan(100);
            assertThat(g.source().citation()).as(g.id()).isNotBlank();
            assertThat(g.source().url()).as(g.id()).startsWith("https://");
            assertThat(g.conceptIds()).as(g.id()).isNotEmpty();
        });
        assertThat(groups.reviewed()).isNotNull();
    }

    @Test
    void aGroupHoldsThePreferredTermsOfItsConceptsInAnyCase() {
        EventGroup sepsis = group("infusion_sepsis");
        assertThat(sepsis.containsConcept("EXO:sepsis")).isTrue();
        assertThat(sepsis.containsConcept("EXO:pyrexia")).isFalse();
        assertThat(sepsis.containsPreferredTermName("SEPSIS")).isTrue(); // FAERS writes PTs in capitals
        assertThat(sepsis.containsPreferredTermName("Bacteraemia")).isTrue();
        assertThat(sepsis.containsPreferredTermName("Neutropenic sepsis")).isTrue(); // listed beyond the concepts
        assertThat(sepsis.containsPreferredTermName(null)).isFalse();

        assertThat(group("local_infection_after_injection").containsPreferredTermName("Discitis"))
                .isTrue();
        assertThat(group("local_infection_after_injection").containsPreferredTermName("Extradural abscess"))
                .isTrue();
        assertThat(group("local_infection_after_injection").containsPreferredTermName("Meningitis"))
                .isTrue();
        assertThat(group("hypersensitivity_anaphylaxis").containsPreferredTermName("anaphylactic reaction"))
                .isTrue();
        assertThat(group("thromboembolism").containsPreferredTermName("PULMONARY EMBOLISM"))
                .isTrue();
        assertThat(group("tumour_growth").containsPreferredTermName("Malignant neoplasm progression"))
                .isTrue();
        assertThat(group("death").containsPreferredTermName("Death")).isTrue();
        assertThat(group("death").containsPreferredTermName("Pyrexia")).isFalse();

        EventVocabulary vocabulary = EventVocabulary.bundled();
        assertThat(groups.groups())
                .allSatisfy(g -> assertThat(g.conceptIds())
                        .allSatisfy(id -> assertThat(g.containsPreferredTermName(
                                        vocabulary.concept(id).orElseThrow().meddraPtName()))
                                .isTrue()));
    }

    @Test
    void theSmqToUseWithMeddraIsNamedWhereOneFits() {
        assertThat(group("hypersensitivity_anaphylaxis").smqName()).isEqualTo("Anaphylactic reaction (SMQ)");
        assertThat(group("thromboembolism").smqName()).isEqualTo("Embolic and thrombotic events (SMQ)");
        assertThat(group("tumour_growth").smqName()).isEqualTo("Malignancies (SMQ)");
        assertThat(group("infusion_sepsis").smqName()).isNull();
        assertThat(group("local_infection_after_injection").smqName()).isNull();
        assertThat(group("death").smqName()).isNull();
    }

    @Test
    void aSuggestedCodeFromAPatientsWordsFallsInItsGroup() {
        TermSuggester suggester = TermSuggester.over(EventVocabulary.bundled().designations());
        String verbatim = "点滴の翌日に高熱と悪寒、血液培養で菌が検出され敗血症と診断";
        List<String> codes =
                suggester.suggest(verbatim, 5).stream().map(Suggestion::code).toList();
        assertThat(codes).anyMatch(group("infusion_sepsis")::containsConcept);
        assertThat(suggester
                        .suggest("MRI showed discitis after the disc injection", 1)
                        .getFirst()
                        .code())
                .satisfies(code -> assertThat(
                                group("local_infection_after_injection").containsConcept(code))
                        .isTrue());
    }

    @Test
    void aGroupNamingAConceptOutsideTheVocabularyIsRefused() {
        assertThatThrownBy(() -> EventGroups.read(TerminologyFile.parse("groups.yaml", """
                                reviewed: 2026-01-01
                                groups:
                                  - id: g
                                    title_en: G
                                    title_ja: ジー
                                    definition: d
                                    source: {citation: c, url: https://example.org}
                                    concepts: [no_such_concept]
                                """), EventVocabulary.bundled()))
                .hasMessageContaining("groups.yaml: groups[0].concepts: EXO:no_such_concept is not in the vocabulary");
        assertThatThrownBy(() -> EventGroups.read(TerminologyFile.parse("groups.yaml", """
                                reviewed: 2026-01-01
                                groups:
                                  - {id: g, title_en: G, title_ja: ジー, definition: d, concepts: [sepsis]}
                                """), EventVocabulary.bundled()))
                .hasMessageContaining("groups[0].source: expected a mapping");
    }
}
