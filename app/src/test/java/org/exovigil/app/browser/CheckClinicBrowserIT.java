package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.core.io.ClassPathResource;

/** A patient looks a demo clinic up and reads what its pages claim, which claims are unlawful, and why. */
class CheckClinicBrowserIT extends InBrowser {

    @Test
    void aPatientSeesTheFlaggedClaimsOfAClinic() {
        browser.get(url("/check?lang=en"));
        browser.findElement(By.id("q")).sendKeys("Sunrise");
        clickAndWait(By.cssSelector("form.search button"));
        clickAndWait(By.cssSelector(".clinic-details"));

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains("Sunrise Wellness Institute (demo)")
                .contains("Calls it \"361\", minimally manipulated or exempt from approval")
                .contains("minimally manipulated")
                .contains("Says it is safe or has no side effects")
                .contains("Not permitted as described")
                .contains("21 CFR");
        assertThat(browser.findElements(By.cssSelector("#red-flags li"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page)
                .as("no rule ids, codes or field paths")
                .doesNotContainPattern(
                        "\\b[a-z]{2}\\.[a-z]+_[a-z_]+\\b|\\b[A-Z]+_[A-Z_]+\\b|EXO-\\d|\\b[a-z]+\\.[a-z]+_[a-z]+\\b");
        assertThat(browser.findElement(By.id("clinic-report")).getAttribute("href"))
                .endsWith("/report");
    }

    @Test
    void aJapaneseReaderSeesTheClaimsInJapaneseWithTheClinicsOwnWords() {
        browser.get(url("/check?lang=ja"));
        browser.findElement(By.id("q")).sendKeys("銀座");
        clickAndWait(By.cssSelector("form.search button"));
        clickAndWait(By.cssSelector(".clinic-details"));

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("安全、副作用がないと述べている", "患者様の声", "培養上清");
        var law = browser.findElements(By.cssSelector(".findings li"));
        assertThat(law)
                .isNotEmpty()
                .allSatisfy(finding -> assertThat(finding.getText()).containsPattern("[ぁ-ん]"));
    }

    @Test
    void aKoreanClinicsOwnWordsAreQuotedWholeNeverCutMidWord() throws IOException {
        String source = new ClassPathResource("demo/pages/vitalcell.html").getContentAsString(StandardCharsets.UTF_8);
        browser.get(url("/check?lang=en"));
        browser.findElement(By.id("q")).sendKeys("Seoul");
        clickAndWait(By.cssSelector("form.search button"));
        clickAndWait(By.cssSelector(".clinic-details"));

        var quotes = browser.findElements(By.cssSelector(".claims q")).stream()
                .map(q -> q.getText().replaceAll("^…|…$", ""))
                .toList();
        // Korean spaces its words: a whole-word quotation has no letter right before or after it on the page.
        assertThat(quotes)
                .isNotEmpty()
                .allSatisfy(quote -> assertThat(source)
                        .as("«%s» starts and ends between words", quote)
                        .containsPattern("(?<![\\p{L}\\p{N}])" + Pattern.quote(quote) + "(?![\\p{L}\\p{N}])"));
    }

    @Test
    void eachClaimStandsWithTheLawItBreaks() {
        browser.get(url("/check?lang=en"));
        browser.findElement(By.id("q")).sendKeys("Sunrise");
        clickAndWait(By.cssSelector("form.search button"));
        clickAndWait(By.cssSelector(".clinic-details"));

        var claimsWithLaw = browser.findElements(By.cssSelector(".claims > li"));
        assertThat(claimsWithLaw)
                // By its label: a quotation of another claim may be the same sentence, with these words in it.
                .filteredOn(claim ->
                        claim.findElement(By.tagName("strong")).getText().contains("minimally manipulated"))
                .singleElement()
                .satisfies(claim -> assertThat(claim.findElements(By.cssSelector(".findings li")))
                        .isNotEmpty());
        assertThat(browser.findElement(By.id("claims-unlawful")).getText()).contains("breaks the law");
    }

    @Test
    void aClinicAddressWithoutANumberIsAPageThatDoesNotExist() {
        browser.get(url("/check/clinic/abc?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This page does not exist");

        browser.get(url("/check/clinic/abc?lang=ja"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).doesNotContainPattern("[A-Za-z]");
    }
}
