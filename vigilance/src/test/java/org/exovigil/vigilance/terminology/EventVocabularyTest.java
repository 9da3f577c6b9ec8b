package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventVocabularyTest {

    private final EventVocabulary vocabulary = EventVocabulary.bundled();

    @Test
    void theBundledVocabularyHoldsAFewHundredReviewedConcepts() {
        assertThat(vocabulary.concepts()).hasSizeBetween(300, 520);
        assertThat(vocabulary.version()).isEqualTo("2026.12");
        assertThat(vocabulary.reviewed()).isBeforeOrEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(vocabulary.concepts()).allSatisfy(c -> {
            assertThat(c.id()).startsWith("EXO:");
            assertThat(c.nameJa()).as(c.id()).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
            assertThat(c.layJa()).as(c.id()).isNotBlank();
            assertThat(c.layEn()).as(c.id()).isNotBlank();
            assertThat(c.meddraPtName()).as(c.id()).isNotBlank();
        });
    }

    @Test
    void everyConceptHasSynonymsOrLayTermsInBothLanguages() {
        assertThat(vocabulary.concepts())
                .allSatisfy(c -> assertThat(c.designations().stream()
                                .map(Designation::language)
                                .distinct())
                        .as(c.id())
                        .containsExactlyInAnyOrder("en", "ja"));
        long withJapaneseSynonyms = vocabulary.concepts().stream()
                .filter(c -> !c.synonymsJa().isEmpty())
                .count();
        assertThat(withJapaneseSynonyms).isEqualTo(vocabulary.concepts().size());
    }

    @Test
    void preferredTermCodesAreGivenOnlyWhereASourceNamesThem() {
        // MedDRA PT codes sourced from the CTCAE term index (see the data file): a PT's own LLT carries its code.
        assertThat(vocabulary.forPreferredTermName("Sepsis").orElseThrow().meddraPtCode())
                .isEqualTo(10040047L);
        assertThat(vocabulary.forPreferredTermName("Pyrexia").orElseThrow().meddraPtCode())
                .isNull();
        Set<Long> codes = new HashSet<>();
        vocabulary.concepts().stream()
                .filter(c -> c.meddraPtCode() != null)
                .forEach(c -> assertThat(codes.add(c.meddraPtCode())).as(c.id()).isTrue());
        assertThat(codes).allMatch(code -> code >= 10_000_000L && code < 11_000_000L);
    }

    /**
     * A check of spelling, not a choice of concepts: PT names must be written as MedDRA writes them, and FDA's own
     * data (VAERS 2017 symptoms, FAERS 2022Q3 reactions in ../shared) show how. The rest are PTs that those two sets
     * do not happen to hold (Discitis, Extradural abscess, Febrile neutropenia...).
     */
    @Test
    void preferredTermNamesAreSpeltAsFdaDataSpellThem() throws IOException {
        Path reference = Path.of("/work/shared/data/reference");
        Set<String> seen = new HashSet<>();
        try (Stream<String> lines =
                Files.lines(reference.resolve("vaers_2017/2017VAERSSYMPTOMS.csv"), StandardCharsets.ISO_8859_1)) {
            lines.skip(1).forEach(line -> {
                String[] cells = line.split(",", -1);
                for (int i = 1; i < cells.length; i += 2) {
                    seen.add(cells[i].replace("\"", "").toLowerCase(Locale.ROOT));
                }
            });
        }
        try (Stream<String> lines =
                Files.lines(reference.resolve("pvlrt_faers/faers22q3raw.csv"), StandardCharsets.ISO_8859_1)) {
            lines.skip(1)
                    .forEach(line -> seen.add(line.substring(line.lastIndexOf(',') + 1)
                            .replace("\"", "")
                            .toLowerCase(Locale.ROOT)));
        }
        List<String> unseen = vocabulary.concepts().stream()
                .map(EventConcept::meddraPtName)
                .filter(pt -> !seen.contains(pt.toLowerCase(Locale.ROOT)))
                .toList();
        System.out.println("PT names not in VAERS 2017 or FAERS 2022Q3 (" + unseen.size() + "): " + unseen);
        assertThat(vocabulary.concepts().size() - unseen.size()).isGreaterThanOrEqualTo(440);
    }

    @Test
    void preferredTermsAreFoundInAnyCaseAsFaersAndVaersWriteThem() {
        assertThat(vocabulary.forPreferredTermName("PYREXIA"))
                .map(EventConcept::id)
                .hasValue("EXO:pyrexia");
        assertThat(vocabulary.forPreferredTermName(" injection site erythema "))
                .map(EventConcept::id)
                .hasValue("EXO:injection_site_erythema");
        assertThat(vocabulary.forPreferredTermName("Extradural abscess"))
                .map(EventConcept::id)
                .hasValue("EXO:epidural_abscess");
        assertThat(vocabulary.forPreferredTermName("No such term")).isEmpty();
        assertThat(vocabulary.forPreferredTermName(null)).isEmpty();
        assertThat(vocabulary.concept(null)).isEmpty();
    }

    @Test
    void conceptsSharingAPreferredTermResolveToTheFirstListed() {
        // Vertebral osteomyelitis is kept apart for the spinal-injection group, but maps to PT Osteomyelitis.
        assertThat(vocabulary.forPreferredTermName("Osteomyelitis"))
                .map(EventConcept::id)
                .hasValue("EXO:osteomyelitis");
        assertThat(vocabulary.concept("EXO:spinal_infection")).isPresent();
    }

    @Test
    void aBrokenFileIsRefusedWithTheEntryAtFault() {
        assertThatThrownBy(() -> EventVocabulary.read(TerminologyFile.parse("test.yaml", """
                        version: "1"
                        reviewed: 2026-02-30
                        concepts: []
                        """)))
                .hasMessageContaining("test.yaml: .reviewed: expected a date");
        assertThatThrownBy(() -> EventVocabulary.read(TerminologyFile.parse("test.yaml", """
                        version: "1"
                        reviewed: 2026-01-01
                        concepts:
                          - {id: a, en: A, ja: あ, pt: A}
                          - {id: a, en: B, ja: い, pt: B}
                        """)))
                .hasMessageContaining("concepts[1].id: \"a\" appears twice");
        assertThatThrownBy(() -> EventVocabulary.read(TerminologyFile.parse("test.yaml", """
                        version: "1"
                        reviewed: 2026-01-01
                        concepts:
                          - {id: Bad Id, en: A, ja: あ, pt: A}
                        """)))
                .hasMessageContaining("concepts[0].id: expected lower-case words");
        assertThatThrownBy(() -> EventVocabulary.read(TerminologyFile.parse("test.yaml", """
                        version: "1"
                        reviewed: 2026-01-01
                        concepts:
                          - {id: a, en: A, ja: あ}
                        """)))
                .hasMessageContaining("concepts[0].pt: expected a text");
        assertThatThrownBy(() -> TerminologyFile.parse("test.yaml", "[unclosed"))
                .hasMessageContaining("test.yaml: not valid YAML");
        assertThatThrownBy(() -> TerminologyFile.parse("test.yaml", "- a list"))
                .hasMessageContaining("expected a mapping at the top");
    }
}
