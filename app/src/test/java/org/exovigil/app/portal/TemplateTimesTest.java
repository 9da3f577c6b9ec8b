package org.exovigil.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Templates show a moment one way only, through {@link TimeText} ({@code #times}): a template that formats a date or time itself
 * (Thymeleaf's {@code #temporals}, {@code #dates} or {@code #calendars}, or java.time called from an expression)
 * would show it in the server's zone and a pattern of its own.
 */
class TemplateTimesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern OTHER_FORMATTING =
            Pattern.compile("#temporals\\.|#dates\\.|#calendars\\.|T\\(java\\.(time|text|util)\\.|DateTimeFormatter");

    /** TimeText's methods that return markup: escaped by th:text, they would show their tags. */
    private static final Pattern MARKUP = Pattern.compile("#times\\.(moment|day|date|sentence)\\(");

    @Test
    void noTemplateFormatsADateOrTimeItself() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            var matcher = OTHER_FORMATTING.matcher(Files.readString(template));
            while (matcher.find()) {
                found.add(TEMPLATES.relativize(template) + ": " + matcher.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aMomentsMarkupIsWrittenUnescaped() throws IOException {
        List<String> escaped = new ArrayList<>();
        for (Path template : templates()) {
            for (Element element : Jsoup.parse(Files.readString(template)).getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (MARKUP.matcher(attribute.getValue()).find()
                            && !attribute.getKey().equals("th:utext")) {
                        escaped.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "="
                                + attribute.getValue());
                    }
                }
            }
        }
        assertThat(escaped).isEmpty();
    }

    /** Thymeleaf 3.1 refuses a bean reference in th:utext at run time; the page would fail only when shown. */
    @Test
    void noUnescapedMomentCallsABean() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            for (Element element : Jsoup.parse(Files.readString(template)).getAllElements()) {
                if (element.attr("th:utext").contains("@")) {
                    found.add(TEMPLATES.relativize(template) + ": " + element.attr("th:utext"));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theGuardSeesFormattingWhereItIs() {
        assertThat(OTHER_FORMATTING
                        .matcher("${#temporals.format(x, 'yyyy-MM-dd')}")
                        .find())
                .isTrue();
        assertThat(OTHER_FORMATTING.matcher("${#dates.format(x)}").find()).isTrue();
        assertThat(OTHER_FORMATTING
                        .matcher("${T(java.time.format.DateTimeFormatter).ISO_DATE}")
                        .find())
                .isTrue();
        assertThat(OTHER_FORMATTING.matcher("${#times.moment(x)}").find()).isFalse();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }
}
