package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.exovigil.rulebook.Rulebook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A reader of Japanese reads the law of every jurisdiction and checks a treatment without meeting an English word
 * the interface could have said in Japanese: the classifications, requirements and reporting duties are named in
 * Japanese. What the page marks {@code lang="en"} on purpose (a source's own title, a rule's note, quoted as the
 * law pages say) is left out, and so are the names of authorities, laws and schemes, written as they are, and a
 * name or term glossed in its own language in Japanese brackets.
 */
class JapaneseLawBrowserIT extends InBrowser {

    /** Names that stay as they are in Japanese text. */
    private static final Pattern ALLOWED = Pattern.compile(String.join(
            "|",
            "Exovigil",
            "English", // the language switch names each language in its own script
            // Acronyms: authorities (FDA, MHLW, TGA), laws and schemes (PHS, CFR, FD&C, HCT/P, SUSAR), codes (JP, EU)
            "[A-Z]{2,}[A-Za-z0-9&/-]*|[A-Z]+&[A-Z]+",
            "[A-Z]|[a-z]", // a category (カテゴリーA) or a paragraph of a section (201条(g))
            "cGMP|SoHO|EudraVigilance|MedWatch|DoH",
            // Citation forms and names the rulebook's Japanese keeps as the source writes them
            "Directive|Regulation|Part", // Directive 2001/83/EC, Regulation (EU) 2024/1938, 21 CFR Part 1271
            "aaa", // the Drugs and Cosmetics Act 1940 s.3(aaa)
            "productos|de|perfumería|belleza", // Mexico's legal category, beside its Japanese
            "Supreme|Rejuvenation")); // a company named in an FDA warning letter

    /**
     * A name or term given in its own language, in Japanese brackets beside the Japanese: a law's original title
     * (医薬品・化粧品法（Drugs and Cosmetics Act 1940）) or a clinic's own words quoted (「minimally manipulated」).
     */
    private static final Pattern GLOSS = Pattern.compile(
            "（[^（）\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]*）|「[^「」\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]*」");

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}0-9&/-]*");

    @Test
    void theLawOfEveryJurisdictionReadsInJapanese() {
        List<String> english = new ArrayList<>();

        browser.get(url("/law?lang=ja"));
        english.addAll(englishOn("laws"));
        for (var law : Rulebook.load().laws()) {
            browser.get(url("/law/" + law.code() + "?lang=ja"));
            english.addAll(englishOn("law of " + law.code()));
        }

        assertThat(english).isEmpty();
    }

    @Test
    void aTreatmentCheckAndItsAnswerEverywhereReadInJapanese() {
        List<String> english = new ArrayList<>();

        browser.get(url("/check/treatment?lang=ja"));
        new Select(browser.findElement(By.id("jurisdiction"))).selectByValue("US");
        new Select(browser.findElement(By.id("type"))).selectByValue("exosome");
        new Select(browser.findElement(By.id("source"))).selectByValue("placenta");
        new Select(browser.findElement(By.id("donor"))).selectByValue("allogeneic");
        new Select(browser.findElement(By.id("setting"))).selectByValue("clinic_commercial");
        new Select(browser.findElement(By.id("administeredBy"))).selectByValue("physician");
        browser.findElement(By.id("route-intra_articular")).click();
        browser.findElement(By.id("indication-orthopedic_joint")).click();
        browser.findElement(By.id("claim-hctp_361_or_minimally_manipulated")).click();
        browser.findElement(By.id("noAuthorizations")).click();
        clickAndWait(By.id("check-treatment"));

        assertThat(browser.findElement(By.id("classification-label")).getText())
                .isEqualTo("生物学的製剤かつ医薬品（PHS法351条、FD&C法201条(g)）、HCT/Pではないもの");
        english.addAll(englishOn("treatment check"));

        clickAndWait(By.id("answer-everywhere"));
        english.addAll(englishOn("where allowed"));

        assertThat(english).isEmpty();
    }

    /**
     * The Latin-script words on the page that are not allowed names, once what is marked English is left out, and
     * the days printed in ISO form rather than the reader's ({@link IsoDays}).
     */
    private static List<String> englishOn(String page) {
        List<String> found = new ArrayList<>(IsoDays.on(browser, page));
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelectorAll('main [lang=\"en\"]').forEach(e => e.remove())");
        String text =
                GLOSS.matcher(browser.findElement(By.tagName("body")).getText()).replaceAll("");
        Set<String> words = new LinkedHashSet<>();
        var matcher = LATIN_WORD.matcher(text);
        while (matcher.find()) {
            if (!ALLOWED.matcher(matcher.group()).matches()) {
                words.add(matcher.group());
            }
        }
        words.stream().map(word -> page + ": " + word).forEach(found::add);
        return found;
    }
}
