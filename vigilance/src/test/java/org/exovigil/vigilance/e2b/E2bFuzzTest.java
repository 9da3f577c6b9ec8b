package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.LongStream;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.SeededInput;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and garbled input never makes the E2B readers throw or hang: every input gives a {@link
 * Checked} whose problems carry a code of {@link ProblemCode}, and whose acknowledgement can be written.
 * Each run draws its input from the seed in its name; {@code -Dseed=N} replays that one run.
 */
class E2bFuzzTest {

    private static final byte[] VALID =
            E2bWriter.write(E2bFixtures.HEADER, List.of(E2bFixtures.rich(), E2bFixtures.bare()));

    private static final List<Function<byte[], Checked<IcsrBatch>>> READERS =
            List.of(E2bReader.withDefaults()::read, IchicsrReader.withDefaults()::read);

    private static final List<String> ODD_VALUES = List.of(
            "",
            " ",
            "-1",
            "0",
            "1e999999999",
            "99999999999999999999999",
            "NaN",
            "2026-02-30",
            "20260230",
            "2026",
            "202613",
            "9",
            "true",
            "yes",
            "\u0000",
            "&amp;",
            "&#0;",
            "a\"b");

    private static final List<String> ATTRIBUTES =
            List.of("value", "code", "unit", "root", "extension", "codeSystem", "typeCode", "nullFlavor");

    private static final List<String> XML_TOKENS = List.of(
            "<",
            ">",
            "/",
            "=",
            "\"",
            "&",
            ";",
            "<!DOCTYPE x [",
            "]>",
            "<!ENTITY e \"x\">",
            "&e;",
            "<![CDATA[",
            "]]>",
            "<?xml version=\"1.0\"?>",
            "<!--",
            "-->",
            "MCCI_IN200100UV01",
            "PORR_IN049016UV",
            " xmlns=\"urn:hl7-org:v3\"",
            "<id root=\"2.16.840.1.113883.3.989.2.1.3.22\" extension=\"B\"/>",
            "investigationEvent",
            "ichicsr",
            "safetyreport",
            " value=\"2026\"",
            "\u00e9",
            "\ud83d\ude00",
            "\n");

    static LongStream seeds() {
        return SeededInput.seeds(0xE2B, 200);
    }

    /** Reads with both readers within a second each, and checks what every result must be. */
    private static void readsCalmly(byte[] input) {
        for (Function<byte[], Checked<IcsrBatch>> reader : READERS) {
            Checked<IcsrBatch> read =
                    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1), () -> reader.apply(input));
            assertThat(read).isNotNull();
            if (!read.isAccepted()) {
                assertThat(read.problems())
                        .isNotEmpty()
                        .allSatisfy(p -> assertThat(p.code()).isNotNull());
            } else {
                read.value().messages().forEach(m -> assertThat(m.report()).isNotNull());
            }
            assertThat(Acknowledgement.of(read).toXml(new AckHeader("A", "S", "R", E2bFixtures.HEADER.createdAt())))
                    .isNotEmpty();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomBytesAreReadWithoutAnException(long seed) {
        readsCalmly(SeededInput.bytes(new Random(seed), 2_000));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTruncatedMessageIsOneProblemNamingLineAndColumn(long seed) {
        int at = Math.min(new Random(seed).nextInt(100_001), VALID.length - 2);
        byte[] truncated = Arrays.copyOf(VALID, at);

        readsCalmly(truncated);
        Checked<IcsrBatch> read = E2bReader.withDefaults().read(truncated);
        assertThat(read.isAccepted()).isFalse();
        assertThat(read.problems()).singleElement().extracting(Problem::code).isEqualTo(ProblemCode.NOT_XML);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aValidMessageWithGarbledBytesNeverThrows(long seed) {
        Random random = new Random(seed);
        byte[] garbled = VALID.clone();
        for (int i = 1 + random.nextInt(20); i > 0; i--) {
            garbled[random.nextInt(garbled.length)] = (byte) random.nextInt(256);
        }
        readsCalmly(garbled);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void valuesOutOfEveryRangeAreProblemsNotExceptions(long seed) {
        Random random = new Random(seed);
        String value = random.nextBoolean()
                ? SeededInput.oneOf(random, ODD_VALUES)
                : SeededInput.anyText(random, 30)
                        .replace("\"", "")
                        .replace("<", "")
                        .replace("&", "");
        String attribute = SeededInput.oneOf(random, ATTRIBUTES);
        String xml = new String(VALID, StandardCharsets.UTF_8);
        String replaced =
                xml.replaceAll(attribute + "=\"[^\"]*\"", Matcher.quoteReplacement(attribute + "=\"" + value + "\""));
        readsCalmly(replaced.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void xmlShapedNoiseNeverThrows(long seed) {
        Random random = new Random(seed);
        StringBuilder noise = new StringBuilder();
        for (int i = random.nextInt(61); i > 0; i--) {
            noise.append(SeededInput.oneOf(random, XML_TOKENS));
        }
        readsCalmly(noise.toString().getBytes(StandardCharsets.UTF_8));
    }
}
