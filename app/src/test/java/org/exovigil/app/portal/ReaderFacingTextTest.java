package org.exovigil.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Texts that pages show cite what a reader can look up, never the team's own notes: no "regulation.md
 * §5.2", no "[S47]", no "(text not in the domain notes)". The data files may keep those references as
 * comments, which no page shows; their values (source titles, notes, labels, messages) may not.
 */
class ReaderFacingTextTest {

    private static final Pattern TEAM_NOTE =
            Pattern.compile("regulation\\.md|domain notes|\\[S\\d+]|shared/(spec|domain)/", Pattern.CASE_INSENSITIVE);

    private static final List<Path> DATA =
            List.of(Path.of("src/main/resources"), Path.of("../rulebook/src/main/resources"));

    @Test
    void noValueOfAYamlDataFileIsANoteToTheTeam() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : DATA) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        new Yaml().loadAll(in).forEach(document -> collect(file + "", document, found));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noMessageIsANoteToTheTeam() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties properties = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                properties.forEach((key, value) -> collect(file + ": " + key, value, found));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noTemplateTextIsANoteToTheTeam() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
                collect(file.toString(), html, found);
            }
        }
        assertThat(found).isEmpty();
    }

    private static void collect(String where, Object value, List<String> found) {
        switch (value) {
            case Map<?, ?> map -> map.forEach((key, item) -> collect(where + "." + key, item, found));
            case List<?> list -> list.forEach(item -> collect(where, item, found));
            case String text when TEAM_NOTE.matcher(text).find() -> found.add(where + ": " + text);
            case null, default -> {}
        }
    }
}
