package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.terminology.MeddraFiles.*;

import java.nio.file.Path;
import org.exovigil.vigilance.terminology.TermChange.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newer release does to the LLTs coded data may carry. */
class MeddraUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void aMovedANonCurrentAndARemovedLowestLevelTermAreListedAndNothingElse() {
        MeddraRelease older = MeddraReleaseReader.read(standard("26.1").writeTo(dir.resolve("26.1")));
        MeddraRelease newer = MeddraReleaseReader.read(standard("27.0")
                .llt(LLT_GLIMMERING_PYREXIA, "Glimmering pyrexia", PT_WOBBLE_CHILLS, true)
                .llt(LLT_QUILL_SPOTS, "Quill spots", PT_QUILL_RASH, false)
                .withoutLlt(LLT_OLD_GLIMMER)
                .llt(94_000_003L, "Brand-new glimmer", PT_GLIMMER_FEVER, true)
                .writeTo(dir.resolve("27.0")));

        assertThat(MeddraUpgrade.between(older, newer))
                .containsExactly(
                        new TermChange(LLT_GLIMMERING_PYREXIA, Kind.MOVED, PT_GLIMMER_FEVER, PT_WOBBLE_CHILLS),
                        new TermChange(LLT_QUILL_SPOTS, Kind.NON_CURRENT, PT_QUILL_RASH, PT_QUILL_RASH),
                        new TermChange(LLT_OLD_GLIMMER, Kind.REMOVED, PT_GLIMMER_FEVER, null));
    }

    @Test
    void anLltBothMovedAndMadeNonCurrentIsListedOnceForEach() {
        MeddraRelease older = MeddraReleaseReader.read(standard("26.1").writeTo(dir.resolve("26.1")));
        MeddraRelease newer = MeddraReleaseReader.read(standard("27.0")
                .llt(LLT_QUILL_SPOTS, "Quill spots", PT_GLIMMER_FEVER, false)
                .writeTo(dir.resolve("27.0")));

        assertThat(MeddraUpgrade.between(older, newer))
                .extracting(TermChange::kind)
                .containsExactly(Kind.MOVED, Kind.NON_CURRENT);
    }

    @Test
    void theSameReleaseTwiceChangesNothing() {
        MeddraRelease release = MeddraReleaseReader.read(standard("27.0").writeTo(dir));

        assertThat(MeddraUpgrade.between(release, release)).isEmpty();
    }
}
