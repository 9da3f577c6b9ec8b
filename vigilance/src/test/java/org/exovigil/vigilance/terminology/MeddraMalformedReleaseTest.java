package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exovigil.vigilance.terminology.MeddraFiles.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder that is not a sound MedDRA release is refused with one line naming the file, the line and what
 * was expected, never a stack trace or a half-read release; hostile text is refused or kept as inert text.
 */
class MeddraMalformedReleaseTest {

    @TempDir
    Path dir;

    private MeddraFormatException readingFails() {
        try {
            MeddraReleaseReader.read(dir);
        } catch (MeddraFormatException e) {
            return e;
        }
        throw new AssertionError("the release was read");
    }

    private void replaceIn(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void aFolderThatIsNotThereIsNamed() {
        assertThatThrownBy(() -> MeddraReleaseReader.read(dir.resolve("nowhere")))
                .isInstanceOf(MeddraFormatException.class)
                .hasMessageEndingWith("nowhere: expected a folder holding a MedDRA ASCII release");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        standard("27.1").writeTo(dir);
        Files.delete(dir.resolve("mdhier.asc"));

        MeddraFormatException e = readingFails();

        assertThat(e.file()).isEqualTo("mdhier.asc");
        assertThat(e.line()).isZero();
        assertThat(e).hasMessageStartingWith("mdhier.asc: expected this file of the MedDRA ASCII release in ");
    }

    @Test
    void anEmptyFolderAsksForItsVersionFileFirst() {
        assertThat(readingFails()).hasMessageStartingWith("meddra_release.asc: expected this file");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        standard("27.1").writeTo(dir);
        Files.writeString(dir.resolve("pt.asc"), "\r\n\r\n");

        assertThat(readingFails()).hasMessage("pt.asc: expected at least one term, found none");
    }

    @Test
    void aVersionThatIsNoVersionIsRefused() throws IOException {
        standard("27.1").writeTo(dir);
        Files.writeString(dir.resolve("meddra_release.asc"), "latest$English$\r\n");

        assertThat(readingFails())
                .hasMessage("meddra_release.asc:1: expected a MedDRA version like 27.1 as field 1, got \"latest\"");
    }

    @Test
    void aCodeThatIsNotANumberIsNamedWithItsLineAndColumn() throws IOException {
        standard("27.1").writeTo(dir);
        replaceIn("llt.asc", LLT_QUILL_SPOTS + "$", "93000002x$");

        assertThat(readingFails())
                .hasMessage("llt.asc:5: expected a numeric code as field 1 (llt_code), got \"93000002x\"");
    }

    @Test
    void aLineWithTooFewFieldsSaysHowManyItNeeds() throws IOException {
        standard("27.1").writeTo(dir);
        Files.writeString(
                dir.resolve("mdhier.asc"), Files.readString(dir.resolve("mdhier.asc")) + "92000001$91200001$\r\n");

        assertThat(readingFails().getMessage())
                .startsWith("mdhier.asc:5: expected 12 $-separated fields (pt_code$hlt_code$")
                .endsWith("got 2");
    }

    @Test
    void anLltOfAnUnknownPreferredTermIsRefused() throws IOException {
        standard("27.1").writeTo(dir);
        replaceIn("llt.asc", "Old glimmer$" + PT_GLIMMER_FEVER, "Old glimmer$92999999");

        assertThat(readingFails())
                .hasMessage("llt.asc:6: expected the code of a term in pt.asc as field 3 (pt_code), got 92999999");
    }

    @Test
    void aCodeTwiceInOneFileIsRefused() throws IOException {
        standard("27.1").writeTo(dir);
        Files.writeString(
                dir.resolve("hlt.asc"),
                Files.readString(dir.resolve("hlt.asc")) + HLT_FEVERS + "$Another name$$$$$$$$\r\n");

        assertThat(readingFails())
                .hasMessage("hlt.asc:4: expected each code once, got 91200001 again (first at line 1)");
    }

    @Test
    void aCurrencyFlagOtherThanYOrNIsRefused() throws IOException {
        standard("27.1").writeTo(dir);
        replaceIn(
                "llt.asc",
                "Quill spots$" + PT_QUILL_RASH + "$$$$$$$Y$",
                "Quill spots$" + PT_QUILL_RASH + "$$$$$$$maybe$");

        assertThat(readingFails()).hasMessage("llt.asc:5: expected Y or N as field 10 (llt_currency), got \"maybe\"");
    }

    @Test
    void aPreferredTermWithoutAPrimaryPathIsRefused() throws IOException {
        standard("27.1").writeTo(dir);
        replaceIn(
                "mdhier.asc",
                "$Wobble chills$Imaginary fevers NEC$Imaginary fevers$Imaginary organ disorders$Imag$$91000001$Y$",
                "$Wobble chills$Imaginary fevers NEC$Imaginary fevers$Imaginary organ disorders$Imag$$91000001$N$");

        assertThat(readingFails())
                .hasMessage(
                        "pt.asc:3: expected a primary path (primary_soc_fg Y) for PT 92000003 in mdhier.asc, found none");
    }

    @Test
    void aLinkFileThatDisagreesWithMdhierIsRefused() throws IOException {
        standard("27.1").writeTo(dir);
        Files.writeString(
                dir.resolve("hlt_pt.asc"),
                Files.readString(dir.resolve("hlt_pt.asc")) + HLT_PRETEND + "$" + PT_GLIMMER_FEVER + "$\r\n");

        assertThat(readingFails())
                .hasMessage(
                        "hlt_pt.asc:5: expected a link that lies on a path of mdhier.asc, got 91200003$92000001$ on none");
    }

    @Test
    void aJapaneseLltFileWithoutItsPreferredTermFileIsRefused() throws IOException {
        standardWithJapanese("27.1").writeTo(dir);
        Files.delete(dir.resolve("pt_j.asc"));

        assertThat(readingFails()).hasMessage("pt_j.asc: expected this MedDRA/J file beside llt_j.asc, found none");
    }

    @Test
    void aJapaneseNameForATermTheEnglishReleaseLacksIsRefused() throws IOException {
        standardWithJapanese("27.1").writeTo(dir);
        Files.writeString(
                dir.resolve("llt_j.asc"), Files.readString(dir.resolve("llt_j.asc")) + "93999999$幻の用語$Y$$$\r\n");

        assertThat(readingFails()).hasMessage("llt_j.asc:7: expected the code of a term in llt.asc, got 93999999");
    }

    @Test
    void anSmqListWithoutItsContentIsRefused() throws IOException {
        standard("27.1").writeTo(dir);
        Files.delete(dir.resolve("smq_content.asc"));

        assertThat(readingFails())
                .hasMessage("smq_content.asc: expected this file beside the other SMQ file, found none");
    }

    @Test
    void anSmqRowOfAnUnknownScopeIsRefused() throws IOException {
        standard("27.1").writeTo(dir);
        replaceIn(
                "smq_content.asc",
                SMQ_GLIMMER_SUB + "$" + PT_GLIMMER_FEVER + "$4$2$",
                SMQ_GLIMMER_SUB + "$" + PT_GLIMMER_FEVER + "$4$7$");

        assertThat(readingFails())
                .hasMessage("smq_content.asc:4: expected term_scope 0 for a sub-SMQ, else 1 (broad) or 2 (narrow)"
                        + " as field 4, got 7");
    }

    @Test
    void aNameHoldingANulOrAnEscapeIsRefusedWithoutEchoingIt() throws IOException {
        standard("27.1").writeTo(dir);
        replaceIn("pt.asc", "Quill rash", "Quill\u0000\u001b[2Jrash");

        assertThat(readingFails())
                .hasMessage("pt.asc:2: expected a name without control characters as field 2 (pt_name)");
    }

    @Test
    void markupAndQuotesInANameAreKeptAsInertText() throws IOException {
        standard("27.1").writeTo(dir);
        replaceIn("llt.asc", "Quill spots", "<script>alert('x')</script> \"spots\"; drop table llt");

        assertThat(MeddraReleaseReader.read(dir)
                        .lowLevelTerm(LLT_QUILL_SPOTS)
                        .orElseThrow()
                        .name())
                .isEqualTo("<script>alert('x')</script> \"spots\"; drop table llt");
    }

    @Test
    void aCodeTooLongForALongIsRefusedNotOverflowed() throws IOException {
        standard("27.1").writeTo(dir);
        replaceIn("hlt_pt.asc", HLT_FEVERS + "$" + PT_GLIMMER_FEVER, HLT_FEVERS + "$99999999999999999999999");

        assertThat(readingFails().getMessage())
                .isEqualTo(
                        "hlt_pt.asc:1: expected a numeric code as field 2 (pt_code), got \"99999999999999999999999\"");
    }

    /** Random bytes in every file: the reader either reads a release or fails with its one exception. */
    @Test
    void randomGarbageNeverEscapesAsAnotherException() throws IOException {
        long seed = 2126L;
        Random random = new Random(seed);
        for (int round = 0; round < 60; round++) {
            Path release = standardWithJapanese("27.1").writeTo(dir.resolve("r" + round));
            try (var files = Files.list(release)) {
                for (Path file : files.toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    for (int i = 0; i < 1 + random.nextInt(3); i++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                    Files.write(file, bytes);
                }
            }
            try {
                MeddraReleaseReader.read(release);
            } catch (MeddraFormatException expected) {
                assertThat(expected.getMessage())
                        .as("seed %d round %d", seed, round)
                        .contains(": expected ");
            }
        }
    }

    @Test
    void aFileOfBinaryNoiseIsRefusedAsText() throws IOException {
        standard("27.1").writeTo(dir);
        Files.write(dir.resolve("soc.asc"), "\u0000\u0001\u0002$\u0003".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(readingFails()).hasMessageStartingWith("soc.asc:1: expected ");
    }
}
