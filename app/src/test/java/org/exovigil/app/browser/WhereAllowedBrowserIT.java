package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A researcher or a clinician describes one treatment and reads, side by side, where the law allows it. */
class WhereAllowedBrowserIT extends InBrowser {

    private void describeAnExosomeTrialUnderAnInd(String lang) {
        browser.get(url("/check/treatment?lang=" + lang));
        new Select(browser.findElement(By.id("type"))).selectByValue("exosome");
        new Select(browser.findElement(By.id("source"))).selectByValue("umbilical_cord");
        new Select(browser.findElement(By.id("setting"))).selectByValue("clinical_trial");
        new Select(browser.findElement(By.id("administeredBy"))).selectByValue("physician");
        browser.findElement(By.id("route-iv")).click();
        browser.findElement(By.id("indication-orthopedic_joint")).click();
        browser.findElement(By.id("authorization-IND")).click();
        browser.findElement(By.id("authorization-IRB")).click();
        clickAndWait(By.id("check-everywhere"));
    }

    @Test
    void fourteenJurisdictionsSideBySideEachLinkingToItsReasoning() throws Exception {
        describeAnExosomeTrialUnderAnInd("en");

        var rows = browser.findElements(By.cssSelector("#everywhere tbody tr"));
        assertThat(rows).hasSize(14);
        var us = browser.findElement(By.cssSelector("#everywhere tr[data-jurisdiction=US]"));
        assertThat(us.getAttribute("data-verdict"))
                .as("a trial under an IND is lawful if its conditions are met")
                .isIn("permitted", "permitted_if");
        assertThat(us.getText()).contains("United States");

        var csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.findElement(By.id("everywhere-csv"))
                                        .getAttribute("href")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines()).hasSize(15).first().asString().startsWith("jurisdiction,verdict,");

        String japan = browser.findElement(By.cssSelector("#everywhere tr[data-jurisdiction=JP]"))
                .getAttribute("data-verdict");
        clickAndWait(By.cssSelector("#everywhere tr[data-jurisdiction=JP] th a"));
        assertThat(browser.findElement(By.id("verdict")).getAttribute("data-verdict"))
                .isEqualTo(japan);
        assertThat(new Select(browser.findElement(By.id("jurisdiction")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("JP");
    }

    @Test
    void theTableReadsInJapanese() {
        describeAnExosomeTrialUnderAnInd("ja");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("どこで認められているか");
        assertThat(browser.findElement(By.cssSelector("#everywhere tr[data-jurisdiction=JP] th"))
                        .getText())
                .isEqualTo("日本");
        assertThat(browser.findElements(By.cssSelector("#everywhere tbody tr"))).hasSize(14);
    }
}
