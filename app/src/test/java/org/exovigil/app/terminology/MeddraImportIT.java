package org.exovigil.app.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.app.terminology.MeddraFolders.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.ExovigilCommand;
import org.exovigil.app.TestDatabase;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.MeddraReleaseReader;
import org.exovigil.vigilance.terminology.TermChange;
import org.exovigil.vigilance.terminology.TermChange.Kind;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./exovigil import meddra DIR} against an embedded PostgreSQL of its own, as an operator would use it:
 * one release, the next one (whose LLT changes are recorded), the next one again, and a broken one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeddraImportIT {

    private static final Path DATA = TestDatabase.freshDataDirectory();

    @TempDir
    static Path dir;

    private static <T> T withReleases(java.util.function.Function<MeddraReleases, T> task) {
        return ExovigilApplication.withDatabase(
                Map.of(
                        "exovigil.data-dir", DATA.toString(),
                        "exovigil.database.embedded-dir", DATA.resolve("pg17").toString()),
                MeddraReleases.class,
                task);
    }

    @Test
    @Order(1)
    void aReleaseIsStoredInEnglishAndJapaneseWithItsSmqs() {
        ExovigilCommand run = ExovigilCommand.run(
                "import", "meddra", older(dir.resolve("26.1")).toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("MedDRA 26.1 (en, ja): 4 LLTs, 2 PTs, 1 SMQs stored\n");
        assertThat(run.err()).contains("26.1: reading the MedDRA release", "read MedDRA 26.1 (English, Japanese)");
    }

    @Test
    @Order(2)
    void aNewerReleaseRecordsItsMovedAndNonCurrentLlts() {
        ExovigilCommand run = ExovigilCommand.run(
                "import", "meddra", newer(dir.resolve("27.0")).toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("MedDRA 27.0 (en, ja): 4 LLTs, 2 PTs, 1 SMQs stored\n")
                .contains("Upgrade from 26.1: 1 LLTs moved to another PT, 1 made non-current, 0 removed");
        List<TermChange> changes = withReleases(releases -> releases.changes("26.1", "27.0"));
        assertThat(changes)
                .containsExactly(
                        new TermChange(LLT_GLIMMERING_PYREXIA, Kind.MOVED, PT_GLIMMER_FEVER, PT_WOBBLE_CHILLS),
                        new TermChange(LLT_OLD_GLIMMER, Kind.NON_CURRENT, PT_GLIMMER_FEVER, PT_GLIMMER_FEVER));
    }

    @Test
    @Order(3)
    void bothVersionsAreHeldSideBySideAndReadBackAsTheFilesSay() {
        MeddraRelease fromFiles = MeddraReleaseReader.read(dir.resolve("27.0"));

        withReleases(releases -> {
            assertThat(releases.list())
                    .extracting(MeddraReleases.LoadedRelease::version, MeddraReleases.LoadedRelease::languages)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("26.1", List.of("en", "ja")),
                            org.assertj.core.groups.Tuple.tuple("27.0", List.of("en", "ja")));
            MeddraRelease current = releases.current().orElseThrow();
            assertThat(current.version()).isEqualTo("27.0");
            assertThat(current.lowLevelTerms()).containsExactlyElementsOf(fromFiles.lowLevelTerms());
            assertThat(current.preferredTerms()).containsExactlyElementsOf(fromFiles.preferredTerms());
            assertThat(current.paths()).containsExactlyInAnyOrderElementsOf(fromFiles.paths());
            assertThat(current.preferredTermsOf(
                            current.smqs().iterator().next(), org.exovigil.vigilance.terminology.Scope.BROAD))
                    .containsExactlyInAnyOrder(PT_GLIMMER_FEVER, PT_WOBBLE_CHILLS);
            assertThat(releases.release("26.1")
                            .orElseThrow()
                            .lowLevelTerm(LLT_GLIMMERING_PYREXIA)
                            .orElseThrow()
                            .ptCode())
                    .isEqualTo(PT_GLIMMER_FEVER);
            assertThat(releases.release("25.0")).isEmpty();
            return null;
        });
    }

    @Test
    @Order(4)
    void reimportingAVersionReplacesItAndItsRecordOfChangesOnce() {
        ExovigilCommand run =
                ExovigilCommand.run("import", "meddra", dir.resolve("27.0").toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("stored, replacing the earlier copy of this version");
        List<TermChange> changes = withReleases(releases -> releases.changes("26.1", "27.0"));
        assertThat(changes).extracting(TermChange::kind).containsExactly(Kind.MOVED, Kind.NON_CURRENT);
    }

    @Test
    @Order(5)
    void aBrokenReleaseIsRefusedWithOneLineAndNothingStored() throws IOException {
        Path broken = newer(dir.resolve("broken"));
        Files.writeString(broken.resolve("meddra_release.asc"), "28.0$English$\r\n");
        Files.writeString(broken.resolve("llt.asc"), "93000001$Glimmering pyrexia$92999999$$$$$$$Y$$\r\n");
        Files.delete(broken.resolve("llt_j.asc"));
        Files.delete(broken.resolve("pt_j.asc"));

        ExovigilCommand run = ExovigilCommand.run("import", "meddra", broken.toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .endsWith("not read, nothing stored: llt.asc:1: expected the code of a term in pt.asc as field 3"
                        + " (pt_code), got 92999999\n");
        List<MeddraReleases.LoadedRelease> held = withReleases(MeddraReleases::list);
        assertThat(held).hasSize(2);
    }
}
