package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TermSuggesterTest {

    private static final TermSuggester SUGGESTER =
            TermSuggester.over(EventVocabulary.bundled().designations());

    private static String top(String verbatim) {
        List<Suggestion> suggestions = SUGGESTER.suggest(verbatim, 5);
        assertThat(suggestions).as(verbatim).isNotEmpty();
        return suggestions.getFirst().code();
    }

    private static List<String> codes(String verbatim) {
        return SUGGESTER.suggest(verbatim, 5).stream().map(Suggestion::code).toList();
    }

    private static double score(String verbatim, String code) {
        return SUGGESTER.suggest(verbatim, 50).stream()
                .filter(s -> s.code().equals(code))
                .mapToDouble(Suggestion::score)
                .findFirst()
                .orElse(0);
    }

    @Test
    void feverInEnglishJapaneseAndFaersCapitalsIsOneConcept() {
        assertThat(top("fever")).isEqualTo("EXO:pyrexia");
        assertThat(top("発熱")).isEqualTo("EXO:pyrexia");
        assertThat(top("PYREXIA")).isEqualTo("EXO:pyrexia");
        assertThat(SUGGESTER.suggest("熱が出た", 1).getFirst()).isEqualTo(new Suggestion("EXO:pyrexia", "熱が出た", 1.0));
        assertThat(top("high temperature")).isEqualTo("EXO:pyrexia");
        assertThat(SUGGESTER.suggest("fever", 1).getFirst()).isEqualTo(new Suggestion("EXO:pyrexia", "Fever", 1.0));
    }

    @Test
    void fullWidthAndCaseVariantsAreFoldedByNfkcCaseFolding() {
        assertThat(top("ＦＥＶＥＲ")).isEqualTo("EXO:pyrexia");
        assertThat(top("ｐｙｒｅｘｉａ")).isEqualTo("EXO:pyrexia");
        assertThat(top("ｱﾅﾌｨﾗｷｼｰ")).isEqualTo("EXO:anaphylactic_reaction"); // half-width katakana
        assertThat(top("Diarrhea")).isEqualTo("EXO:diarrhoea"); // American spelling meets the British PT
        assertThat(top("vomited twice")).isEqualTo("EXO:vomiting"); // stems
    }

    @Test
    void aPhraseOutranksItsWordsAndThePartsOfALongerTerm() {
        assertThat(codes("Injection site erythema").getFirst()).isEqualTo("EXO:injection_site_erythema");
        assertThat(score("Injection site erythema", "EXO:injection_site_erythema"))
                .isGreaterThan(score("Injection site erythema", "EXO:erythema"));
        assertThat(score("febrile neutropenia", "EXO:febrile_neutropenia"))
                .isGreaterThan(score("febrile neutropenia", "EXO:pyrexia"));
        // words all there but apart score below the same words together
        assertThat(score("swelling on the left arm near the injection site", "EXO:injection_site_swelling"))
                .isLessThan(score("injection site swelling", "EXO:injection_site_swelling"));
    }

    @Test
    void narrativesInEitherLanguageFindEachEventTheyName() {
        assertThat(codes("After an intradiscal injection the patient had severe back pain and fever; "
                        + "MRI showed discitis and an epidural abscess."))
                .contains("EXO:discitis", "EXO:epidural_abscess", "EXO:back_pain", "EXO:pyrexia");
        assertThat(codes("点滴後に悪寒戦慄と高熱、血液培養で黄色ブドウ球菌が検出され敗血症と診断された")).contains("EXO:sepsis", "EXO:chills", "EXO:pyrexia");
        assertThat(codes("接種部位が赤く腫れて、熱が出ました。"))
                .contains("EXO:injection_site_swelling", "EXO:injection_site_erythema", "EXO:pyrexia");
        assertThat(codes("肺がんが急速に増大した")).contains("EXO:neoplasm_progression");
        assertThat(top("息苦しくなり救急搬送、アナフィラキシーと診断")).isEqualTo("EXO:anaphylactic_reaction");
    }

    @Test
    void japaneseWordsMayStandBetweenASubjectAndItsPredicate() {
        assertThat(score("頭がひどく痛い", "EXO:headache")).isGreaterThan(0.7);
        assertThat(score("熱が少し出た", "EXO:pyrexia")).isGreaterThan(0.7);
        assertThat(score("頭がひどく痛い", "EXO:headache")).isLessThan(score("頭が痛い", "EXO:headache"));
        assertThat(score("頭が、今日は痛い", "EXO:headache")).isLessThan(0.5); // not across a clause mark
        assertThat(score("頭がまったく痛くない", "EXO:headache")).isLessThan(0.5); // negated
    }

    @Test
    void aNegatedFindingCountsLessThanAnAffirmedOne() {
        assertThat(score("no fever", "EXO:pyrexia")).isLessThan(0.5);
        assertThat(score("patient denies fever but has a rash", "EXO:pyrexia"))
                .isLessThan(score("patient denies fever but has a rash", "EXO:rash"));
        assertThat(score("熱はない", "EXO:pyrexia")).isLessThan(0.5);
        assertThat(score("発熱なし", "EXO:pyrexia")).isLessThan(0.5);
        assertThat(score("熱は出なかった", "EXO:pyrexia")).isLessThan(0.5);
        assertThat(score("頭が痛くない", "EXO:headache")).isLessThan(score("頭が痛くて", "EXO:headache"));
        // the negation does not reach past the clause
        assertThat(score("no rash. fever since yesterday", "EXO:pyrexia")).isGreaterThan(0.75);
    }

    @Test
    void scoresStayWithinZeroAndOneAndComeBestFirst() {
        for (String verbatim : List.of("fever", "rash and itching", "頭痛と吐き気", "died", "x")) {
            List<Suggestion> suggestions = SUGGESTER.suggest(verbatim, 20);
            assertThat(suggestions).allMatch(s -> s.score() >= 0 && s.score() <= 1);
            for (int i = 1; i < suggestions.size(); i++) {
                assertThat(suggestions.get(i).score())
                        .isLessThanOrEqualTo(suggestions.get(i - 1).score());
            }
            assertThat(suggestions.stream().map(Suggestion::code).distinct()).hasSize(suggestions.size());
        }
        assertThat(SUGGESTER.suggest("rash and itching and fever", 2)).hasSize(2);
    }

    @Test
    void emptyOrMeaninglessTextSuggestsNothing() {
        assertThat(SUGGESTER.suggest("", 5)).isEmpty();
        assertThat(SUGGESTER.suggest("   \n\t", 5)).isEmpty();
        assertThat(SUGGESTER.suggest(null, 5)).isEmpty();
        assertThat(SUGGESTER.suggest("fever", 0)).isEmpty();
        assertThat(SUGGESTER.suggest("fever", -1)).isEmpty();
        assertThat(SUGGESTER.suggest("the of and", 5)).isEmpty();
        assertThat(SUGGESTER.suggest("?!.,;:", 5)).isEmpty();
        assertThat(TermSuggester.over(List.of()).suggest("fever", 5)).isEmpty();
    }

    @Test
    void hostileTextIsReadAsTextAndNothingElse() {
        assertThat(top("<script>alert('fever')</script>")).isEqualTo("EXO:pyrexia");
        assertThat(top("'; DROP TABLE cases; -- fever")).isEqualTo("EXO:pyrexia");
        assertThat(top("fe\u0000ver fever\uFEFF")).isEqualTo("EXO:pyrexia");
        assertThat(SUGGESTER.suggest("\uD800\uDC00\uD800 unpaired surrogates \uDFFF", 5))
                .isNotNull();
        assertThat(top("f\u0301ever \u202Efever\u202C")).isEqualTo("EXO:pyrexia"); // combining mark, bidi override
        assertThat(SUGGESTER.suggest("(((((((((((((((((((((a+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)", 5))
                .isEmpty();
    }

    @Test
    void aHundredKilobyteNarrativeIsReadInReasonableTime() {
        String block = "The patient reported fever, headache and a rash at the injection site. 発熱と頭痛があった。";
        String huge = block.repeat(100_000 / block.length() + 1);
        assertThat(huge.length()).isGreaterThanOrEqualTo(100_000);

        long started = System.nanoTime();
        List<String> codes = codes(huge);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(codes).contains("EXO:pyrexia", "EXO:headache");
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void oneSuggesterServesManyThreadsWithTheSameAnswers() throws Exception {
        List<String> verbatims = List.of("fever", "発熱", "sore arm", "息苦しい", "injection site pain", "じんましんが出た", "died");
        List<List<Suggestion>> expected =
                verbatims.stream().map(v -> SUGGESTER.suggest(v, 5)).toList();
        Random random = new Random(21);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = random.nextLong();
                runs.add(pool.submit(() -> {
                    Random own = new Random(seed);
                    for (int i = 0; i < 500; i++) {
                        int k = own.nextInt(verbatims.size());
                        if (!SUGGESTER.suggest(verbatims.get(k), 5).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        }
    }

    @Test
    void randomTextNeverBreaksTheSuggester() {
        long seed = 20261206L;
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(random.nextInt(4) == 0 ? 0x3040 + random.nextInt(0x60) : random.nextInt(0x3000));
            }
            List<Suggestion> suggestions = SUGGESTER.suggest(text.toString(), 5);
            assertThat(suggestions).as("seed %d, case %d", seed, i).hasSizeLessThanOrEqualTo(5);
        }
    }

    /** MedDRA has about 80,000 LLTs; invented ones of the same number stand in for them. */
    @Test
    void aMeddraSizedIndexIsBuiltOnceAndAnswersQuickly() {
        Random random = new Random(80_000);
        List<String> lexicon = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int j = 4 + random.nextInt(6); j > 0; j--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            lexicon.add(word.toString());
        }
        List<Designation> designations = new ArrayList<>();
        for (int i = 0; i < 80_000; i++) {
            List<String> words = new ArrayList<>();
            for (int j = 1 + random.nextInt(4); j > 0; j--) {
                words.add(lexicon.get((int) Math.abs(random.nextGaussian() * 800) % lexicon.size()));
            }
            designations.add(new Designation(String.valueOf(90_000_000 + i), String.join(" ", words), "en"));
        }

        long started = System.nanoTime();
        TermSuggester large = TermSuggester.over(designations);
        double building = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            large.suggest(lexicon.get(i % 800) + " " + lexicon.get(i * 7 % 800), 5);
        }
        double perSecond = 2_000 / ((System.nanoTime() - started) / 1e9);

        System.out.printf("80,000 designations: built in %.1f s, %.0f suggestions/s%n", building, perSecond);
        assertThat(building).isLessThan(30);
        assertThat(perSecond).isGreaterThan(200);
        assertThat(large.suggest(designations.get(7).text(), 1).getFirst().code())
                .isEqualTo("90000007");
    }

    @Test
    void otherDesignationsSuchAsMeddraLowLevelTermsAreSuggestedTheSameWay() {
        TermSuggester invented = TermSuggester.over(List.of(
                new Designation("90000001", "Zorbic fever", "en"),
                new Designation("90000002", "Zorbic rash", "en"),
                new Designation("90000001", "ゾルビック熱", "ja")));

        assertThat(invented.suggest("zorbic fever", 5).getFirst().code()).isEqualTo("90000001");
        assertThat(invented.suggest("ゾルビック熱が出た", 5).getFirst().code()).isEqualTo("90000001");
        assertThat(invented.suggest("zorbic rashes", 5).getFirst().code()).isEqualTo("90000002");
    }
}
