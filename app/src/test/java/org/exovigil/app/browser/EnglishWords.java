package org.exovigil.app.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The English left on a page a Japanese reader is shown: every Latin-script word that is not a proper
 * name, an allowed code or the walk's own data, and every day printed in ISO form rather than the
 * reader's ({@link IsoDays}). The Japanese walks of every audience read their pages with this one check,
 * so a name or code allowed for one is allowed for all.
 */
final class EnglishWords {

    /** Proper names and codes that stay as they are in Japanese text. */
    private static final String ALLOWED = String.join(
            "|",
            "EXO-[\\d-]+", // case references and problem codes
            "EXO-PLAN-[\\d-]+", // a plan's public number
            "[A-H](\\.(\\d+|[a-z]))+", // E2B(R3) element numbers, such as C.2.r and G.k.1
            "Exovigil",
            "English", // the language switch names each language in its own script
            "MedDRA",
            "PT|HLT|SOC|SMQ", // MedDRA's levels and its standardised queries, abbreviated so in MedDRA/J too
            "E2B",
            "R3",
            "WHO-UMC",
            "Naranjo",
            "FAERS",
            "FDA",
            "MGPS",
            "Evans|van|Puijenbroek|Bate|Norén|DuMouchel", // the methods' authors, cited
            "CSV",
            "API",
            "EBGM|EB05|EB95|PRR|ROR|IC|IC025", // disproportionality statistics, named as in the literature
            "alpha1|beta1|alpha2|beta2|p", // the prior's parameters, named as in DuMouchel (1999), when one is on a
            // bound
            "ICH", // the council whose E2B names a data element
            "JP|US", // ISO country codes, as the reporter gave them
            // Acronyms of regulators, laws, regimes, societies and treatments, written so in Japanese text too.
            "EU|EC|IND|IRB|BLA|NDA|GMP|HCT/P|K/M|USP|CGTP|ASRM|MFDS|NMPA|ARTG|CDSCO|HSA|COFEPRIS|MOHAP|DHA|SFDA",
            "ISSCR|ISEV|MISEV|PRP|MSC|ALS|ID",
            "mL|g", // SI units
            "[Nn]|E"); // the number of cases, and the number expected

    private static final Pattern LATIN_WORD =
            Pattern.compile("[A-H](\\.(\\d+|[a-z]))+|HCT/P|K/M|\\p{IsLatin}[\\p{IsLatin}0-9-]*");

    private final Pattern allowed;

    /** The check, allowing besides the names and codes above the walk's own data (account names, say). */
    EnglishWords(String... data) {
        StringBuilder pattern = new StringBuilder(ALLOWED);
        for (String word : data) {
            pattern.append('|').append(Pattern.quote(word));
        }
        this.allowed = Pattern.compile(pattern.toString());
    }

    /**
     * The Latin-script words on the page that are neither allowed names and codes nor data, and the ISO days
     * ({@link IsoDays}), each named with the page. Text marked {@code lang="en"} declares itself English on
     * purpose (a cited law's own title), and text marked {@code translate="no"} is a name someone gave (a clinic, a
     * product), which no translation changes; both are left out of the words, not of the days. They are hidden only
     * while the page is read, so that the walk can still click what they hold.
     */
    List<String> on(WebDriver browser, String page) {
        List<String> found = new ArrayList<>(IsoDays.on(browser, page));
        var script = (JavascriptExecutor) browser;
        String marked = "main [lang=\"en\"], main [translate=\"no\"]";
        script.executeScript(
                "document.querySelectorAll(arguments[0]).forEach(e => { e.dataset.shown = e.style.display;"
                        + " e.style.display = 'none'; })",
                marked);
        String text = browser.findElement(By.tagName("body")).getText();
        script.executeScript(
                "document.querySelectorAll(arguments[0]).forEach(e => e.style.display = e.dataset.shown)", marked);
        Set<String> words = new LinkedHashSet<>();
        var matcher = LATIN_WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            if (!allowed.matcher(word).matches()) {
                words.add(word);
            }
        }
        words.stream().map(word -> page + ": " + word).forEach(found::add);
        return found;
    }

    /** Removes what the selector finds: data that the page shows but the interface did not write. */
    static void forget(WebDriver browser, String selector) {
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelectorAll(arguments[0]).forEach(e => e.remove())", selector);
    }
}
