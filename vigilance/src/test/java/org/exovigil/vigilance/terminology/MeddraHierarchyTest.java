package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exovigil.vigilance.terminology.MeddraFiles.*;

import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hierarchy above the preferred terms and the SMQs of an invented release. */
class MeddraHierarchyTest {

    @TempDir
    Path dir;

    MeddraRelease release;

    @BeforeEach
    void read() {
        release = MeddraReleaseReader.read(standard("27.1").writeTo(dir));
    }

    @Test
    void aPreferredTermsPrimaryPathNamesItsHltHlgtAndSoc() {
        assertThat(release.primaryPath(PT_QUILL_RASH))
                .isEqualTo(new Hierarchy(
                        PT_QUILL_RASH,
                        HLT_RASHES,
                        "Imaginary rashes NEC",
                        HLGT_RASHES,
                        "Imaginary rashes",
                        SOC_IMAGINARY,
                        "Imaginary organ disorders"));
    }

    @Test
    void anUnknownPreferredTermHasNoPath() {
        assertThatThrownBy(() -> release.primaryPath(LLT_GLIMMERING_PYREXIA))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("has no PT " + LLT_GLIMMERING_PYREXIA);
    }

    @Test
    void preferredTermsUnderEachLevelFollowEveryPathPrimaryOrSecondary() {
        assertThat(release.preferredTermsUnder(Level.PT, PT_GLIMMER_FEVER)).containsExactly(PT_GLIMMER_FEVER);
        assertThat(release.preferredTermsUnder(Level.HLT, HLT_FEVERS))
                .containsExactlyInAnyOrder(PT_GLIMMER_FEVER, PT_WOBBLE_CHILLS);
        assertThat(release.preferredTermsUnder(Level.HLGT, HLGT_RASHES)).containsExactly(PT_QUILL_RASH);
        assertThat(release.preferredTermsUnder(Level.SOC, SOC_IMAGINARY))
                .containsExactlyInAnyOrder(PT_GLIMMER_FEVER, PT_WOBBLE_CHILLS, PT_QUILL_RASH);
        assertThat(release.preferredTermsUnder(Level.SOC, SOC_PRETEND))
                .as("Quill rash's secondary SOC")
                .containsExactly(PT_QUILL_RASH);
        assertThat(release.preferredTermsUnder(Level.SOC, 1L)).isEmpty();
        assertThat(release.preferredTermsUnder(Level.PT, LLT_QUILL_SPOTS)).isEmpty();
    }

    @Test
    void thePathsOfMdhierAreKeptPrimaryAndSecondary() {
        assertThat(release.paths())
                .filteredOn(p -> p.ptCode() == PT_QUILL_RASH)
                .extracting(MeddraPath::socCode, MeddraPath::primary)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SOC_IMAGINARY, true),
                        org.assertj.core.groups.Tuple.tuple(SOC_PRETEND, false));
    }

    @Test
    void aNarrowSmqSearchTakesTheNarrowTermsOfItsSubSmqs() {
        Smq fevers = release.smq(SMQ_FEVERS).orElseThrow();

        assertThat(fevers.name()).isEqualTo("Imaginary fevers (SMQ)");
        assertThat(fevers.algorithmic()).isFalse();
        assertThat(release.preferredTermsOf(fevers, Scope.NARROW)).containsExactly(PT_GLIMMER_FEVER);
    }

    @Test
    void aBroadSmqSearchAddsTheBroadTermsAndResolvesLowestLevelTermsToTheirPreferredTerm() {
        Smq fevers = release.smq(SMQ_FEVERS).orElseThrow();

        assertThat(release.preferredTermsOf(fevers, Scope.BROAD))
                .as("Quill rash's row is inactive")
                .containsExactlyInAnyOrder(PT_GLIMMER_FEVER, PT_WOBBLE_CHILLS);
    }

    @Test
    void smqsAreListedWithTheirContent() {
        assertThat(release.smqs()).extracting(Smq::code).containsExactly(SMQ_FEVERS, SMQ_GLIMMER_SUB);
        assertThat(release.smqContent(SMQ_FEVERS)).hasSize(3);
        assertThat(release.smqContent(SMQ_FEVERS))
                .filteredOn(t -> t.termLevel() == MeddraSmqTerm.SUB_SMQ)
                .singleElement()
                .extracting(MeddraSmqTerm::scope)
                .isNull();
    }

    @Test
    void anSmqIsFoundByItsNameWhateverItsCaseAndSurroundingSpaces() {
        assertThat(release.smqNamed("  imaginary FEVERS (smq) ")).map(Smq::code).contains(SMQ_FEVERS);
        assertThat(release.smqNamed("Imaginary fevers")).isEmpty();
        assertThat(release.smqNamed(null)).isEmpty();
    }

    @Test
    void anSmqThatHoldsItselfThroughItsSubSmqEndsTheSearch() {
        MeddraRelease cyclic = MeddraReleaseReader.read(
                standard("27.1").smqTerm(SMQ_GLIMMER_SUB, SMQ_FEVERS, 0, 0, "A").writeTo(dir.resolve("cyclic")));

        assertThat(cyclic.preferredTermsOf(cyclic.smq(SMQ_GLIMMER_SUB).orElseThrow(), Scope.BROAD))
                .containsExactlyInAnyOrder(PT_GLIMMER_FEVER, PT_WOBBLE_CHILLS);
    }

    @Test
    void aReleaseWithoutSmqFilesHasNoSmqs() throws Exception {
        java.nio.file.Files.delete(dir.resolve("smq_list.asc"));
        java.nio.file.Files.delete(dir.resolve("smq_content.asc"));

        assertThat(MeddraReleaseReader.read(dir).smqs()).isEmpty();
    }
}
