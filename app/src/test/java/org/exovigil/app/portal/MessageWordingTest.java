package org.exovigil.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * English reads right whatever the count ("1 suspected duplicate pair awaits review"), and an apostrophe
 * survives MessageFormat: in a message with arguments a lone {@code '} starts a quote and vanishes, which
 * turned "a patient's complaint" into "a patients complaint".
 */
class MessageWordingTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final ResourceBundleMessageSource messages = messages();

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/rulebook");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private String english(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    @Test
    void aCountOfOneTakesTheSingular() {
        assertThat(english("queue.duplicates", 1)).isEqualTo("1 suspected duplicate pair awaits review");
        assertThat(english("queue.duplicates", 3)).isEqualTo("3 suspected duplicate pairs await review");
        assertThat(english("queue.alerts", 1)).isEqualTo("1 open cluster alert");
        assertThat(english("signals.matching", 1)).isEqualTo("1 pair matches");
        assertThat(english("signals.matching", 1200)).isEqualTo("1,200 pairs match");
        assertThat(english("signals.dataSet.option", "FAERS 2022Q4", 1)).isEqualTo("FAERS 2022Q4 (1 case)");
        assertThat(english("products.rate.all", "2.5", "0.1", "9.0", 1, 1)).endsWith("; 1 report in 1 patient.");
        assertThat(english("products.rate.none", 1)).endsWith("1 report names it.");
        assertThat(english("watch.totals", 1, 2, 3, 0)).startsWith("1 business markets these treatments");
    }

    @Test
    void anApostropheInAMessageWithArgumentsIsShown() {
        assertThat(english("provider.cases.lead", "Clinic A")).contains("a patient's complaint");
    }

    @Test
    void everyApostropheInAMessageWithArgumentsIsDoubled() throws IOException {
        List<String> lone = new ArrayList<>();
        for (String file : List.of(
                "messages.properties",
                "messages_ja.properties",
                "i18n/rulebook.properties",
                "i18n/rulebook_ja.properties")) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            properties.forEach((key, value) -> {
                String text = (String) value;
                if (ARGUMENT.matcher(text).find()
                        && LONE_APOSTROPHE.matcher(text).find()) {
                    lone.add(file + ": " + key);
                }
            });
        }
        assertThat(lone).as("MessageFormat drops a lone apostrophe; write ''").isEmpty();
    }
}
