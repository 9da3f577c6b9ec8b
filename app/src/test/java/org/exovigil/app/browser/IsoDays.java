package org.exovigil.app.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The days a page prints in ISO form ({@code 2026-12-06}) for a person to read: a page shows a day in its reader's
 * style through {@code #times.date} ({@code Dec 6, 2026}, {@code 2026/12/06}), and keeps the ISO day only where a
 * machine reads it, in a {@code <time datetime>}, an input's value (HTML's wire format for {@code type=date}) and a
 * {@code <code>} element. Data the walk itself gave (a reporter's narrative) is the walk's to remove first, with
 * {@link EnglishWords#forget}.
 */
final class IsoDays {

    /** Not a digit before or after, so a longer number (a reference such as EXO-2026-000123) is no day. */
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

    /** The page's text left once what machines read is taken out, read from a copy so the page stays as it is. */
    private static final String TEXT_FOR_PEOPLE = """
            const copy = document.body.cloneNode(true);
            copy.querySelectorAll('time, input, textarea, code, script, style').forEach(e => e.remove());
            return copy.textContent;""";

    private IsoDays() {}

    /** Each ISO day printed for people on the page, named with the page and the words around it. */
    static List<String> on(WebDriver browser, String page) {
        if (!(((JavascriptExecutor) browser).executeScript(TEXT_FOR_PEOPLE) instanceof String read)) {
            throw new IllegalStateException(page + ": the page's text could not be read");
        }
        String text = read.replaceAll("\\s+", " ");
        Set<String> found = new LinkedHashSet<>();
        var matcher = ISO_DAY.matcher(text);
        while (matcher.find()) {
            found.add(page + ": ISO day " + matcher.group() + " in \""
                    + text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40))
                            .strip()
                    + "\"");
        }
        return List.copyOf(found);
    }
}
