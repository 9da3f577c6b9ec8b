package org.exovigil.watch;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test pages under src/test/resources/pages, read the way the command line reads them. */
final class Pages {

    private static final PageExtractor EXTRACTOR = new PageExtractor();

    private Pages() {}

    static Path path(String name) {
        try {
            return Path.of(Pages.class.getResource("/pages/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Page page(String name) {
        try {
            return PageFiles.read(path(name), null);
        } catch (UnreadablePageException e) {
            throw new IllegalStateException(e);
        }
    }

    static PageFacts facts(String name) {
        return EXTRACTOR.extract(page(name));
    }

    static PageFacts factsOfText(String text) {
        return EXTRACTOR.extract(Page.text("inline.txt", null, text));
    }

    /** The facts of a text that must be read as written in {@code language}, or the rules under test are another language's. */
    static PageFacts factsIn(String language, String text) {
        PageFacts facts = factsOfText(text);
        org.assertj.core.api.Assertions.assertThat(facts.language())
                .as("language of: " + text)
                .isEqualTo(language);
        return facts;
    }
}
