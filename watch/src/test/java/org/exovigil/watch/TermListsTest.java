package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The term lists are reviewed data: each names its reviewer, parses, and uses only vocabulary codes. */
class TermListsTest {

    private static final List<String> LISTS = List.of(
            "multi", "en", "ja", "ko", "zh", "es", "ca", "de", "fr", "it", "pt", "ru", "th", "vi", "tr", "id", "ar",
            "hi", "el", "sk", "cs");

    @Test
    void everyListNamesItsReviewAndParses() throws IOException {
        for (String list : LISTS) {
            try (InputStream in = TermBook.class.getResourceAsStream("terms/" + list + ".tsv")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(list).containsPattern("# Reviewed by: .+, \\d{4}-\\d{2}-\\d{2}");
            }
            assertThat(TermBook.load(list))
                    .as(list)
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.text()).isNotBlank());
        }
    }

    @Test
    void aStarOnlyOpensOrEndsATerm() throws IOException {
        for (String list : LISTS) {
            try (InputStream in = TermBook.class.getResourceAsStream("terms/" + list + ".tsv")) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> !l.startsWith("#") && l.split("\t").length >= 3)
                        .map(l -> l.split("\t")[2])
                        .forEach(term -> assertThat(term.length() > 2 ? term.substring(1, term.length() - 1) : "")
                                .as(list)
                                .doesNotContain("*"));
            }
        }
    }

    @Test
    void outputCodesAreThoseOfTheVocabulary() {
        Set<String> vocabulary = labels();
        for (String list : LISTS) {
            for (Term term : TermBook.load(list)) {
                switch (term.field()) {
                    case PRODUCT, SOURCE, DONOR, INDICATION, ROUTE, CLAIM ->
                        assertThat(vocabulary)
                                .as(list + ": " + term.text())
                                .contains(term.field().key + "\t" + term.code());
                    case COUNTRY -> assertThat(term.code()).matches("[A-Z]{2}");
                    case NEGATION -> assertThat(term.code()).isIn("before", "after", "any", "none");
                    default -> {}
                }
            }
        }
    }

    private static Set<String> labels() {
        try (InputStream in = TermBook.class.getResourceAsStream("terms/labels.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(c -> c[0] + "\t" + c[1])
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
