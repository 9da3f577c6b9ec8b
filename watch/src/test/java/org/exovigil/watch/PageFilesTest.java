package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unreadable input gives one line naming the file and what was expected. */
class PageFilesTest {

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.html");

        assertThatThrownBy(() -> PageFiles.read(missing, null))
                .isInstanceOf(UnreadablePageException.class)
                .hasMessage(missing + ": cannot read the file (no such file)");
    }

    @Test
    void aFolderIsNotAPage(@TempDir Path dir) {
        assertThatThrownBy(() -> PageFiles.read(dir, null))
                .hasMessage(dir + ": is a folder; expected a saved page (.html or plain text)");
    }

    @Test
    void textThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page.txt");
        Files.write(file, "エクソソーム".getBytes(Charset.forName("Shift_JIS")));

        assertThatThrownBy(() -> PageFiles.read(file, null))
                .isInstanceOf(UnreadablePageException.class)
                .hasMessageStartingWith(file + ": not valid UTF-8; expected plain text in UTF-8");
    }

    @Test
    void htmlSavedWithAUrlLineTakesThatAddress(@TempDir Path dir) throws IOException, UnreadablePageException {
        Path file = dir.resolve("page.txt");
        Files.writeString(
                file,
                "URL: https://clinic.example.mx/exosomas\n<!DOCTYPE html><html><body><p>Exosomas</p></body></html>");

        Page page = PageFiles.read(file, null);

        assertThat(page.html()).isTrue();
        assertThat(page.url()).isEqualTo("https://clinic.example.mx/exosomas");
        assertThat(page.content()).doesNotContain("URL:");
    }

    @Test
    void htmlInTheCharsetItDeclaresIsRead(@TempDir Path dir) throws IOException, UnreadablePageException {
        Path file = dir.resolve("page.html");
        Files.write(
                file,
                "<html><head><meta charset=\"Shift_JIS\"></head><body><p>エクソソーム点滴</p></body></html>"
                        .getBytes(Charset.forName("Shift_JIS")));

        Page page = PageFiles.read(file, "https://x.example.jp/");

        assertThat(page.html()).isTrue();
        assertThat(page.content()).contains("エクソソーム点滴");
        assertThat(page.url()).isEqualTo("https://x.example.jp/");
    }
}
