package org.exovigil.vigilance.signal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * When unlawful marketing of a product has risen enough to be a signal's source (GVP Module IX Rev 1, IX.B.1:
 * signals may come from any source of information). The rule compares two windows of equal length: the pages
 * first seen in the last {@code windowDays} days that offer the product on a site the law finds unlawful, against
 * those first seen in the {@code windowDays} days before. It has risen when the recent count reaches {@code
 * minimumNew} and is at least {@code ratio} times the earlier one; with no earlier page, the minimum alone decides.
 * Counting first sightings, not versions, keeps a clinic that edits one page from looking like a campaign. The
 * figures are data ({@code vigilance/marketing-rise.yaml}, with their reasoning).
 *
 * @param reviewed   when the figures were last reviewed
 * @param windowDays the length of each window, in days
 * @param minimumNew the fewest new pages in the recent window that make a rise
 * @param ratio      how many times the earlier window's count the recent one must reach
 */
public record MarketingRiseRule(LocalDate reviewed, int windowDays, int minimumNew, double ratio) {

    public static final String BUNDLED = "/vigilance/marketing-rise.yaml";

    public MarketingRiseRule {
        if (reviewed == null || windowDays < 1 || minimumNew < 1 || !(ratio >= 1) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException(
                    "expected a review date, window_days >= 1, minimum_new >= 1 and a finite ratio >= 1,"
                            + " got %s, %d, %d, %s".formatted(reviewed, windowDays, minimumNew, ratio));
        }
    }

    /** Whether {@code recent} new pages against {@code earlier} in the window before are a rise. */
    public boolean risen(int recent, int earlier) {
        if (recent < 0 || earlier < 0) {
            throw new IllegalArgumentException("counts are never negative: " + recent + ", " + earlier);
        }
        return recent >= minimumNew && recent >= ratio * earlier;
    }

    /** The rule shipped with this module; a broken file is a build error, caught by the tests. */
    public static MarketingRiseRule bundled() {
        try (InputStream in = MarketingRiseRule.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BUNDLED);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + BUNDLED, e);
        }
    }

    /** Reads the rule from YAML of the shape of the bundled file; throws, naming the field, on anything else. */
    static MarketingRiseRule read(String yaml) {
        LoaderOptions options = new LoaderOptions();
        Object root = new Yaml(new SafeConstructor(options)).load(yaml);
        if (!(root instanceof Map<?, ?> document)) {
            throw new IllegalArgumentException("expected a mapping");
        }
        for (String reasoned : new String[] {"window_days", "minimum_new", "ratio"}) {
            if (!(document.get(reasoned + "_reason") instanceof String reason) || reason.isBlank()) {
                throw new IllegalArgumentException(reasoned + "_reason: expected the reasoning behind the figure");
            }
        }
        return new MarketingRiseRule(
                document.get("reviewed") instanceof java.util.Date date
                        ? LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC)
                        : LocalDate.parse(String.valueOf(document.get("reviewed"))),
                whole(document, "window_days"),
                whole(document, "minimum_new"),
                document.get("ratio") instanceof Number ratio ? ratio.doubleValue() : Double.NaN);
    }

    private static int whole(Map<?, ?> document, String field) {
        if (document.get(field) instanceof Integer value) {
            return value;
        }
        throw new IllegalArgumentException(field + ": expected a whole number, got " + document.get(field));
    }
}
