package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.terminology.MeddraFiles.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a MedDRA ASCII release, English and MedDRA/J, written by {@link MeddraFiles} with invented terms. */
class MeddraReleaseReaderTest {

    @TempDir
    Path dir;

    @Test
    void anEnglishReleaseGivesItsVersionTermsAndCurrency() {
        MeddraRelease release = MeddraReleaseReader.read(standard("27.1").writeTo(dir));

        assertThat(release.version()).isEqualTo("27.1");
        assertThat(release.hasJapanese()).isFalse();
        assertThat(release.lowLevelTerms()).hasSize(6);
        assertThat(release.preferredTerms()).hasSize(3);
        assertThat(release.lowLevelTerm(LLT_GLIMMERING_PYREXIA))
                .contains(new LowLevelTerm(LLT_GLIMMERING_PYREXIA, "Glimmering pyrexia", null, PT_GLIMMER_FEVER, true));
        assertThat(release.lowLevelTerm(LLT_OLD_GLIMMER).orElseThrow().current())
                .isFalse();
        assertThat(release.preferredTerm(PT_QUILL_RASH))
                .contains(new PreferredTerm(PT_QUILL_RASH, "Quill rash", null, SOC_IMAGINARY));
        assertThat(release.lowLevelTerm(12345L)).isEmpty();
    }

    @Test
    void aPreferredTermIsFoundByItsEnglishNameWhateverItsCase() {
        MeddraRelease release = MeddraReleaseReader.read(standard("27.1").writeTo(dir));

        assertThat(release.preferredTermNamed("GLIMMER FEVER").map(PreferredTerm::code))
                .contains(PT_GLIMMER_FEVER);
        assertThat(release.preferredTermNamed(" quill rash ").map(PreferredTerm::code))
                .contains(PT_QUILL_RASH);
        assertThat(release.preferredTermNamed("Glimmering pyrexia"))
                .as("an LLT name is no PT")
                .isEmpty();
        assertThat(release.preferredTermNamed(null)).isEmpty();
    }

    @Test
    void medDraJGivesEveryTermItsJapaneseName() {
        MeddraRelease release =
                MeddraReleaseReader.read(standardWithJapanese("27.1").writeTo(dir));

        assertThat(release.hasJapanese()).isTrue();
        assertThat(release.lowLevelTerm(LLT_GLIMMERING_PYREXIA).orElseThrow().nameJa())
                .isEqualTo("きらめく発熱");
        assertThat(release.preferredTerm(PT_WOBBLE_CHILLS).orElseThrow().nameJa())
                .isEqualTo("ゆらゆら悪寒");
        assertThat(release.term(Level.HLT, HLT_FEVERS).orElseThrow().nameJa()).isEqualTo("空想熱ＮＥＣ");
        assertThat(release.term(Level.SOC, SOC_PRETEND).orElseThrow().nameJa()).isEqualTo("見せかけ皮膚状態");
    }

    @Test
    void medDraJInShiftJisReadsAsInUtf8() {
        MeddraRelease utf8 =
                MeddraReleaseReader.read(standardWithJapanese("27.1").writeTo(dir.resolve("utf8")));
        MeddraRelease shiftJis = MeddraReleaseReader.read(standardWithJapanese("27.1")
                .japaneseIn(Charset.forName("windows-31j"))
                .writeTo(dir.resolve("sjis")));

        assertThat(shiftJis.lowLevelTerms()).containsExactlyElementsOf(utf8.lowLevelTerms());
        assertThat(shiftJis.preferredTerms()).containsExactlyElementsOf(utf8.preferredTerms());
        assertThat(shiftJis.terms(Level.HLGT)).containsExactlyElementsOf(utf8.terms(Level.HLGT));
    }

    @Test
    void englishInWindows1252AndUtf8WithAByteOrderMarkBothRead() throws IOException {
        Path legacy = standard("27.1")
                .llt(94_000_001L, "Fièvre imaginée", PT_GLIMMER_FEVER, true)
                .englishIn(Charset.forName("windows-1252"))
                .writeTo(dir.resolve("legacy"));
        Path bom = standard("27.1").writeTo(dir.resolve("bom"));
        Files.write(
                bom.resolve("meddra_release.asc"),
                ("\uFEFF" + Files.readString(bom.resolve("meddra_release.asc"))).getBytes(StandardCharsets.UTF_8));

        assertThat(MeddraReleaseReader.read(legacy)
                        .lowLevelTerm(94_000_001L)
                        .orElseThrow()
                        .name())
                .isEqualTo("Fièvre imaginée");
        assertThat(MeddraReleaseReader.read(bom).version()).isEqualTo("27.1");
    }

    @Test
    void theSameFolderReadTwiceGivesEqualReleasesAndTwoVersionsLiveSideBySide() {
        MeddraRelease older = MeddraReleaseReader.read(standard("26.0").writeTo(dir.resolve("26.0")));
        MeddraRelease newer = MeddraReleaseReader.read(standard("27.0")
                .llt(94_000_002L, "Glimmer flush", PT_GLIMMER_FEVER, true)
                .writeTo(dir.resolve("27.0")));

        assertThat(older.version()).isEqualTo("26.0");
        assertThat(older.lowLevelTerm(94_000_002L)).isEmpty();
        assertThat(newer.lowLevelTerm(94_000_002L)).isPresent();
        assertThat(MeddraRelease.BY_VERSION.compare("9.1", "27.0")).isNegative();
        assertThat(MeddraRelease.BY_VERSION.compare("27.1", "27.0")).isPositive();
    }

    @Test
    void blankLinesLoneLineFeedsAndAMissingFinalDollarAreAllRead() throws IOException {
        standard("27.1").writeTo(dir);
        Path llt = dir.resolve("llt.asc");
        String text = Files.readString(llt).replace("\r\n", "\n\n   \n");
        Files.writeString(llt, text.substring(0, text.stripTrailing().length() - 1));

        assertThat(MeddraReleaseReader.read(dir).lowLevelTerms()).hasSize(6);
    }

    @Test
    void fileNamesAreMatchedWhateverTheirCase() throws IOException {
        standard("27.1").writeTo(dir);
        Files.move(dir.resolve("llt.asc"), dir.resolve("LLT.ASC"));

        assertThat(MeddraReleaseReader.read(dir).lowLevelTerms()).hasSize(6);
    }
}
