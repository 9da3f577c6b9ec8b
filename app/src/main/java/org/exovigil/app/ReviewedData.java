package org.exovigil.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The application's reviewed data files (cluster rules, red flags, the plan checklist, product quality):
 * YAML on the class path, read with SnakeYAML's safe constructor so a file can hold data, never objects.
 */
public final class ReviewedData {

    private ReviewedData() {}

    /** The text of a bundled file; a missing one stops the start, naming it. */
    public static String text(String resource) {
        try (InputStream in = ReviewedData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The top-level map of a YAML text; empty when the text holds nothing. */
    public static Map<String, Object> parse(String yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return root == null ? Map.of() : root;
    }
}
