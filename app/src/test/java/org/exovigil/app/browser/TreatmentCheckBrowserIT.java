package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A patient describes a treatment in plain words, in English or Japanese, and reads what the law says of it. */
class TreatmentCheckBrowserIT extends InBrowser {

    @Test
    void aUsClinicSelling361PlacentalExosomesIsNotPermittedAndThe361ClaimIsFalse() {
        browser.get(url("/check?lang=en"));
        clickAndWait(By.id("check-treatment-link"));

        new Select(browser.findElement(By.id("jurisdiction"))).selectByValue("US");
        browser.findElement(By.id("name")).sendKeys("361 placental exosomes");
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

        var verdict = browser.findElement(By.id("verdict"));
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("not_permitted");
        assertThat(verdict.getText()).contains("Not permitted as described");
        var finding = browser.findElement(By.cssSelector("#findings li[data-code=HCTP_361_NOT_APPLICABLE]"));
        assertThat(finding.getText())
                .contains(
                        "The \u201c361\u201d or HCT/P status it claims cannot apply to this product",
                        "unlawful or false");
        assertThat(finding.findElement(By.cssSelector("ul.citations a")).getAttribute("href"))
                .startsWith("https://");
        assertThat(browser.findElement(By.cssSelector("#requirements li[data-code=BLA]"))
                        .getText())
                .contains("not met");
        assertThat(new Select(browser.findElement(By.id("jurisdiction")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .as("the form keeps what was described")
                .isEqualTo("US");

        clickAndWait(By.id("law-link"));
        assertThat(browser.getCurrentUrl()).endsWith("/law/US");
    }

    @Test
    void aJapaneseClinicsCultureSupernatantDripHasNoDutyToReportHarm() {
        browser.get(url("/check/treatment?lang=ja"));

        new Select(browser.findElement(By.id("jurisdiction"))).selectByValue("JP");
        new Select(browser.findElement(By.id("type"))).selectByValue("culture_supernatant");
        new Select(browser.findElement(By.id("source"))).selectByValue("dental_pulp");
        new Select(browser.findElement(By.id("setting"))).selectByValue("clinic_commercial");
        new Select(browser.findElement(By.id("administeredBy"))).selectByValue("physician");
        browser.findElement(By.id("route-iv")).click();
        browser.findElement(By.id("indication-wellness_longevity")).click();
        clickAndWait(By.id("check-treatment"));

        // The verdict is only on the answer page, so finding it waits for that page to load.
        var verdict = browser.findElement(By.id("verdict"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("治療を調べる");
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("permitted_if");
        assertThat(verdict.getText()).contains("条件を満たす場合に限り提供できる");
        assertThat(browser.findElement(By.cssSelector("#findings li[data-code=NO_MANDATORY_AE_REPORTING]"))
                        .getText())
                .contains("この治療による健康被害を報告する義務は誰にもない");
        assertThat(browser.findElement(By.id("no-reporting")).getText()).contains("義務づける法律がありません");
        assertThat(browser.findElement(By.cssSelector("#classification .badge")).getText())
                .isEqualTo("法律上の扱いが定まっていない");
    }
}
