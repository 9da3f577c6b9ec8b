package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Random, garbled and truncated input never makes the reader throw or hang: every input gives a {@link
 * Checked} whose problems each carry a code, and no problem is the reader's own defect. Plain JUnit with a
 * fixed seed per test, so a failure is reproduced by running the test again; several hundred inputs in
 * all, each read within two seconds.
 */
class FhirFuzzTest {

    private static final FhirReader READER = FhirReader.withDefaults();
    private static final String JSON = FhirWriter.write(FhirFixtures.all(), FhirFormat.JSON);
    private static final String XML = FhirWriter.write(FhirFixtures.all(), FhirFormat.XML);
    private static final String SINGLE = FhirWriter.writeAdverseEvent(FhirFixtures.rich(), 2, FhirFormat.JSON);

    private static Checked<List<FhirCase>> readsCalmly(String input, FhirFormat format) {
        Checked<List<FhirCase>> read =
                Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () -> READER.read(input, format));
        assertThat(read).isNotNull();
        if (read.isAccepted()) {
            assertThat(read.value()).isNotEmpty();
            for (FhirCase one : read.value()) {
                assertThat(one.report()).isNotNull();
                assertThat(one.report().problems()).allSatisfy(FhirFuzzTest::isAnInputProblem);
                assertThat(one.notes()).allSatisfy(n -> assertThat(n.code()).isEqualTo(ProblemCode.NOT_REPRESENTED));
            }
        } else {
            assertThat(read.problems()).isNotEmpty().allSatisfy(FhirFuzzTest::isAnInputProblem);
        }
        return read;
    }

    private static void isAnInputProblem(Problem problem) {
        assertThat(problem.code()).isNotNull();
        assertThat(problem.message()).doesNotStartWith(FhirReader.READER_DEFECT);
        assertThat(problem.toString()).isNotBlank();
    }

    @Test
    void randomTextIsReadWithoutAnException() {
        Random random = new Random(20261123L);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int c = 0; c < length; c++) {
                text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95));
            }
            for (FhirFormat format : FhirFormat.values()) {
                readsCalmly(text.toString(), format);
                readsCalmly((format == FhirFormat.JSON ? "{" : "<") + text, format);
            }
        }
    }

    @Test
    void aTruncatedBundleIsOneSyntaxProblem() {
        Random random = new Random(7L);
        for (int i = 0; i < 100; i++) {
            String json = JSON.substring(0, random.nextInt(JSON.strip().length() - 1));
            String xml = XML.substring(0, random.nextInt(XML.strip().length() - 1));

            assertThat(readsCalmly(json, FhirFormat.JSON).problems())
                    .singleElement()
                    .extracting(Problem::code)
                    .isIn(ProblemCode.NOT_JSON, ProblemCode.NOT_A_FHIR_CASE);
            assertThat(readsCalmly(xml, FhirFormat.XML).problems())
                    .singleElement()
                    .extracting(Problem::code)
                    .isIn(ProblemCode.NOT_XML, ProblemCode.NOT_A_FHIR_CASE);
        }
    }

    @Test
    void aValidBundleWithGarbledCharactersNeverThrows() {
        Random random = new Random(42L);
        String garbage = "{}[]<>\"':,/#&;=-+.0123456789eE \n\\\u0000\u00e9\ud83d\ude00";
        for (int i = 0; i < 100; i++) {
            for (String valid : List.of(JSON, XML, SINGLE)) {
                char[] chars = valid.toCharArray();
                int flips = 1 + random.nextInt(10);
                for (int f = 0; f < flips; f++) {
                    chars[random.nextInt(chars.length)] = garbage.charAt(random.nextInt(garbage.length()));
                }
                readsCalmly(new String(chars), valid == XML ? FhirFormat.XML : FhirFormat.JSON);
            }
        }
    }

    /** Values that parse as FHIR but mean nothing to the case: the reader's own checks, not the parser's. */
    @Test
    void wellFormedButWrongValuesAreProblemsNotExceptions() {
        Random random = new Random(5L);
        List<String> values = List.of(
                "",
                " ",
                "-1",
                "0",
                "2026",
                "2026-02",
                "9999-12-31",
                "#nowhere",
                "urn:uuid:00000000-0000-0000-0000-000000000000",
                "Patient/1",
                "http://example.org/fhir/Group/1",
                "Serious",
                "SeriousResultsInDeath",
                "not-done",
                "x".repeat(300),
                "%zz",
                "\\u0000");
        Pattern stringValue = Pattern.compile("\"(reference|value|code|system|text|valueString|url|date|recordedDate|"
                + "valueDate|lotNumber|country|version|gender|status)\": \"[^\"]*\"");
        long matches = stringValue.matcher(JSON).results().count();
        int casesRejected = 0;
        for (int i = 0; i < 150; i++) {
            Set<Integer> chosen = new HashSet<>(List.of(random.nextInt((int) matches), random.nextInt((int) matches)));
            Matcher matcher = stringValue.matcher(JSON);
            StringBuilder json = new StringBuilder();
            int seen = 0;
            while (matcher.find()) {
                String value = chosen.contains(seen++) ? values.get(random.nextInt(values.size())) : null;
                matcher.appendReplacement(
                        json,
                        value == null
                                ? Matcher.quoteReplacement(matcher.group())
                                : Matcher.quoteReplacement("\"" + matcher.group(1) + "\": \"" + value + "\""));
            }
            matcher.appendTail(json);
            Checked<List<FhirCase>> read = readsCalmly(json.toString(), FhirFormat.JSON);
            if (read.isAccepted()
                    && read.value().stream().anyMatch(c -> !c.report().isAccepted())) {
                casesRejected++;
            }
        }
        // Many inputs must get past the parser, or this test would only exercise HAPI, not the case reading.
        assertThat(casesRejected).isGreaterThan(30);
    }

    @Test
    void fhirShapedNoiseNeverThrows() {
        Random random = new Random(99L);
        List<String> tokens = List.of(
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"",
                "\"resourceType\"",
                "\"Bundle\"",
                "\"AdverseEvent\"",
                "\"entry\"",
                "\"resource\"",
                "\"contained\"",
                "\"subject\"",
                "\"reference\"",
                "\"#p\"",
                "\"id\"",
                "\"p\"",
                "\"Patient\"",
                "\"extension\"",
                "\"url\"",
                "\"valueReference\"",
                "\"suspectEntity\"",
                "\"instance\"",
                "\"identifier\"",
                "\"value\"",
                "\"recordedDate\"",
                "\"2026-11-20\"",
                "null",
                "true",
                "1e999",
                "-0");
        for (int i = 0; i < 150; i++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(80);
            for (int t = 0; t < count; t++) {
                text.append(tokens.get(random.nextInt(tokens.size())));
            }
            readsCalmly(text.toString(), FhirFormat.JSON);
        }
    }
}
