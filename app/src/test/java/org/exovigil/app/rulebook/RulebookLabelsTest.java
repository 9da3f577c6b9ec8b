package org.exovigil.app.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.exovigil.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * Every authorisation, requirement and finding code the rulebook can show a patient has a plain label in
 * English and Japanese, so a code added to the law data never reaches a page as a raw code.
 */
class RulebookLabelsTest {

    private static Properties labels(String file) throws IOException {
        var properties = new Properties();
        try (var in = RulebookLabelsTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyCodeHasALabelInEnglishAndJapanese() throws IOException {
        var rulebook = Rulebook.load();
        for (String file : List.of("rulebook.properties", "rulebook_ja.properties")) {
            var labels = labels(file);
            for (String list : List.of("authorization_types", "requirement_codes")) {
                assertThat(rulebook.codes(list))
                        .as(file + " " + list)
                        .allSatisfy(code -> assertThat(labels).containsKey("rulebook.code." + code));
            }
            assertThat(rulebook.codes("finding_codes"))
                    .as(file + " finding_codes")
                    .allSatisfy(code -> assertThat(labels).containsKey("rulebook.finding." + code));
        }
    }
}
