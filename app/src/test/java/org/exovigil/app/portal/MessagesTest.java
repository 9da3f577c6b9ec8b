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

    /** The message bundles: {@code messages}, and one per feature under {@code i18n/} (spring.messages.basename). */
    private static List<String> bundles() throws IOException {
        var bundles = new ArrayList<String>(List.of("messages"));
        Path features = RESOURCES.resolve("i18n");
        if (Files.isDirectory(features)) {
            try (Stream<Path> files = Files.list(features)) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                        .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                        .sorted()
                        .forEach(bundles::add);
            }
        }
        return bundles;
    }

    @Test
    void everyBundleIsListedInTheApplicationProperties() throws IOException {
        Properties application = load("application.properties");
        assertThat(List.of(application.getProperty("spring.messages.basename").split(",")))
                .containsExactlyInAnyOrderElementsOf(bundles());
    }

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            assertThat(load(bundle + "_ja.properties").stringPropertyNames())
                    .as(bundle)
                    .containsExactlyInAnyOrderElementsOf(
                            load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : bundles()) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key))
                        .as(bundle + ": " + key + " is defined in another bundle too")
                        .isTrue();
            }
        }
    }

    /** Names and symbols a Japanese reader reads as they are: the brand, an acronym, a method and its statistics. */
    private static final Set<String> SAME_IN_JAPANESE = Set.of(
            "app.name",
            "channel.api",
            "signals.short.evans",
            "signals.short.ic025",
            "signals.short.eb05",
            "signals.column.ic025",
            "signals.column.eb05");

    /** A Japanese text equal to the English one is a key nobody translated, unless it is a name or a symbol. */
    @Test
    void noJapaneseMessageIsTheEnglishLeftAsItWas() throws IOException {
        for (String bundle : bundles()) {
            Properties english = load(bundle + ".properties");
            Properties japanese = load(bundle + "_ja.properties");
            assertThat(english.stringPropertyNames())
                    .as(bundle + ": Japanese texts that are the English one")
                    .filteredOn(key -> english.getProperty(key).equals(japanese.getProperty(key))
                            && english.getProperty(key).matches("(?s).*[A-Za-z]{2,}.*"))
                    .containsExactlyInAnyOrderElementsOf(bundle.equals("messages") ? SAME_IN_JAPANESE : Set.of());
        }
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : bundles()) {
            for (String file : List.of(bundle + ".properties", bundle + "_ja.properties")) {
                Properties messages = load(file);
                assertThat(messages.stringPropertyNames())
                        .as(file)
                        .allSatisfy(key ->
                                assertThat(messages.getProperty(key)).as(key).isNotBlank());
            }
        }
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : bundles()) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
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
