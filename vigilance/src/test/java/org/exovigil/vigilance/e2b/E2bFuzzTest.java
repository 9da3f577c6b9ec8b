package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.Assertions;

/**
 * Random and garbled input never makes the E2B readers throw or hang: every input gives a {@link
 * Checked} whose problems carry a code of {@link ProblemCode}, and whose acknowledgement can be written.
 */
class E2bFuzzTest {

    private static final byte[] VALID =
            E2bWriter.write(E2bFixtures.HEADER, List.of(E2bFixtures.rich(), E2bFixtures.bare()));

    private static final List<Function<byte[], Checked<IcsrBatch>>> READERS =
            List.of(E2bReader.withDefaults()::read, IchicsrReader.withDefaults()::read);

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

    @Property(tries = 200)
    void randomBytesAreReadWithoutAnException(@ForAll @Size(max = 2_000) byte[] bytes) {
        readsCalmly(bytes);
    }

    @Property(tries = 150)
    void aTruncatedMessageIsOneProblemNamingLineAndColumn(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
        int at = Math.min(cut, VALID.length - 2);
        byte[] truncated = Arrays.copyOf(VALID, at);

        readsCalmly(truncated);
        Checked<IcsrBatch> read = E2bReader.withDefaults().read(truncated);
        assertThat(read.isAccepted()).isFalse();
        assertThat(read.problems()).singleElement().extracting(Problem::code).isEqualTo(ProblemCode.NOT_XML);
    }

    @Property(tries = 150)
    void aValidMessageWithGarbledBytesNeverThrows(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> positions,
            @ForAll @Size(min = 20, max = 20) byte[] garbage) {
        byte[] garbled = VALID.clone();
        for (int i = 0; i < positions.size(); i++) {
            garbled[positions.get(i) % garbled.length] = garbage[i];
        }
        readsCalmly(garbled);
    }

    @Property(tries = 100)
    void valuesOutOfEveryRangeAreProblemsNotExceptions(
            @ForAll("values") String value, @ForAll("attributes") String attribute) {
        String xml = new String(VALID, StandardCharsets.UTF_8);
        String replaced = xml.replaceAll(attribute + "=\"[^\"]*\"", attribute + "=\"" + value + "\"");
        readsCalmly(replaced.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void xmlShapedNoiseNeverThrows(@ForAll("xmlNoise") String noise) {
        readsCalmly(noise.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of(
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
                        "a\"b"),
                Arbitraries.strings()
                        .ofMaxLength(30)
                        .map(s -> s.replace("\"", "").replace("<", "").replace("&", "")));
    }

    @Provide
    Arbitrary<String> attributes() {
        return Arbitraries.of("value", "code", "unit", "root", "extension", "codeSystem", "typeCode", "nullFlavor");
    }

    @Provide
    Arbitrary<String> xmlNoise() {
        Arbitrary<String> token = Arbitraries.of(
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
        return token.list().ofMaxSize(60).map(tokens -> String.join("", tokens));
    }
}
