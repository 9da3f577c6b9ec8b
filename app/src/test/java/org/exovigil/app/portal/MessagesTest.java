package org.exovigil.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every visible string lives in the message files, and English and Japanese stay in step: a key in
 * one is in the other, every key a template names exists, and no template shows text of its own.
 */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.]*[a-zA-Z])'?[}(]");
    /** Words that are the same in every language: the brand, and language names in their own script. */
    private static final Set<String> UNTRANSLATED = Set.of("Exovigil", "English", "日本語");

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        assertThat(load("messages_ja.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : List.of("messages.properties", "messages_ja.properties")) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).as(file).allSatisfy(key -> assertThat(messages.getProperty(key))
                    .as(key)
                    .isNotBlank());
        }
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            var matcher = LITERAL_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                boolean prefixOfComputedKey = keys.stream().anyMatch(known -> known.startsWith(key + "."));
                if (!keys.contains(key) && !prefixOfComputedKey) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesShowNoTextOutsideTheMessageFiles() throws IOException {
        List<String> strays = new ArrayList<>();
        for (Path template : templates()) {
            var document = Jsoup.parse(Files.readString(template));
            for (Element element : document.getAllElements()) {
                if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String visible = text.text().strip();
                    boolean words = visible.codePoints().anyMatch(Character::isLetter);
                    if (words && !UNTRANSLATED.contains(visible)) {
                        strays.add(TEMPLATES.relativize(template) + ": \"" + visible + "\"");
                    }
                }
            }
        }
        assertThat(strays).isEmpty();
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }
}
