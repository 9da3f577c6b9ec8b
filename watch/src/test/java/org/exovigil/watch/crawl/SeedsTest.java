package org.exovigil.watch.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seeds file gives addresses in normal form, or one line naming the file, the line and what was expected. */
class SeedsTest {

    @TempDir
    Path dir;

    @Test
    void seedsAreReadInOrderWithoutCommentsBlanksOrDuplicates() throws Exception {
        Path file = Files.writeString(dir.resolve("seeds.txt"), """
                # clinics found in the 2023 survey
                https://Clinic.Example.jp/exosome#price

                http://clinic.example.mx:80/
                https://clinic.example.jp/exosome
                """);

        assertThat(Seeds.read(file))
                .containsExactly(
                        URI.create("https://clinic.example.jp/exosome"), URI.create("http://clinic.example.mx/"));
    }

    @Test
    void aSeedThatIsNotAnAbsoluteWebAddressNamesItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("seeds.txt"), "https://clinic.example/\n\nwww.clinic.example/stem\n");

        assertThatThrownBy(() -> Seeds.read(file))
                .isInstanceOf(CrawlException.class)
                .hasMessage(file + ":3: expected an absolute http(s) address such as https://clinic.example/, got"
                        + " \"www.clinic.example/stem\"");
    }

    @Test
    void otherSchemesAreRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("seeds.txt"), "ftp://clinic.example/\n");

        assertThatThrownBy(() -> Seeds.read(file)).hasMessageStartingWith(file + ":1: expected an absolute http(s)");
    }

    @Test
    void aFileWithoutAddressesIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("seeds.txt"), "# nothing yet\n");

        assertThatThrownBy(() -> Seeds.read(file))
                .hasMessage(file + ": no seed addresses; expected one http(s) address per line");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nope.txt");

        assertThatThrownBy(() -> Seeds.read(file)).hasMessage(file + ": cannot read the file (no such file)");
    }
}
