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
        assertThat(browser.findElement(By.id("ask-unregulated")).getText()).contains("クリニックに確認してください");
    }

    @Test
    void theAnswerOpensInViewWithTheDescriptionFoldedAwayAndOneClickToChangeIt() {
        describe("en", "JP", "clinic_commercial", "iv", new String[] {"safety_claim"}, new String[0]);

        var assessment = browser.findElement(By.id("assessment"));
        String verdict = browser.findElement(By.id("verdict")).getAttribute("data-verdict");
        var top = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return arguments[0].getBoundingClientRect().top", assessment);
        var height = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return innerHeight");
        assertThat(top.doubleValue())
                .as("the answer is on screen when the page opens")
                .isBetween(0.0, height.doubleValue() / 2);
        assertThat(browser.findElement(By.id("jurisdiction")).isDisplayed())
                .as("the long form is folded away under the answer")
                .isFalse();

        var change = browser.findElement(By.cssSelector("#description > summary"));
        assertThat(change.getText()).isEqualTo("Change the description");
        change.click();
        var jurisdiction = browser.findElement(By.id("jurisdiction"));
        assertThat(jurisdiction.isDisplayed()).isTrue();
        assertThat(new Select(jurisdiction).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("JP");

        clickAndWait(By.id("answer-everywhere"));
        assertThat(browser.findElement(By.cssSelector("#everywhere tr[data-jurisdiction=JP]"))
                        .getAttribute("data-verdict"))
                .as("the same description, judged everywhere")
                .isEqualTo(verdict);
    }

    private void describe(
            String lang, String jurisdiction, String setting, String route, String[] claims, String[] authorizations) {
        browser.get(url("/check/treatment?lang=" + lang));
        new Select(browser.findElement(By.id("jurisdiction"))).selectByValue(jurisdiction);
        new Select(browser.findElement(By.id("type"))).selectByValue("exosome");
        new Select(browser.findElement(By.id("source"))).selectByValue("umbilical_cord");
        new Select(browser.findElement(By.id("donor"))).selectByValue("allogeneic");
        new Select(browser.findElement(By.id("setting"))).selectByValue(setting);
        new Select(browser.findElement(By.id("administeredBy"))).selectByValue("physician");
        browser.findElement(By.id("route-" + route)).click();
        for (String claim : claims) {
            browser.findElement(By.id("claim-" + claim)).click();
        }
        for (String authorization : authorizations) {
            browser.findElement(By.id("authorization-" + authorization)).click();
        }
        clickAndWait(By.id("check-treatment"));
    }

    private void theHeadlineAgreesWithTheFindingsAndShowsNoCodes() {
        var verdict = browser.findElement(By.id("verdict")).getAttribute("data-verdict");
        var violations = browser.findElements(By.cssSelector("#findings li.severity-violation"));
        assertThat(verdict.equals("not_permitted"))
                .as("a violation is never shown under a permitted headline")
                .isEqualTo(!violations.isEmpty()
                        || !browser.findElements(By.cssSelector("#requirements .satisfied-false"))
                                .isEmpty());
        String shown = browser.findElement(By.id("assessment")).getText();
        assertThat(shown)
                .as("no rule ids, field paths or raw codes")
                .doesNotContainPattern(
                        "\\b[a-z]{2}\\.[a-z]+_[a-z_]+\\b|\\b[A-Z]+_[A-Z_]+\\b|\\b(use|product|claims)\\.[a-z_]+|\\[S\\d+\\]");
        assertThat(browser.findElement(By.id("assessment")).getLocation().getY())
                .as("the result comes first, above the form")
                .isLessThan(browser.findElement(By.id("treatment-form"))
                        .getLocation()
                        .getY());
    }

    @Test
    void aUsTrialUnderAnIndIsLawfulIfItsConditionsAreMetInEnglishAndJapanese() {
        describe("en", "US", "clinical_trial", "iv", new String[0], new String[] {"IND", "IRB"});
        assertThat(browser.findElement(By.id("verdict")).getAttribute("data-verdict"))
                .isEqualTo("permitted_if");
        assertThat(browser.findElement(By.id("ask")).getText()).contains("Informed consent");
        theHeadlineAgreesWithTheFindingsAndShowsNoCodes();

        describe("ja", "US", "clinical_trial", "iv", new String[0], new String[] {"IND", "IRB"});
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("条件を満たす場合に限り提供できる");
        theHeadlineAgreesWithTheFindingsAndShowsNoCodes();
    }

    @Test
    void aJapaneseClinicsApprovedAndSafeExosomeDripIsUnlawfulInEnglishAndJapanese() {
        String[] claims = {"approval_claim", "safety_claim"};
        describe("ja", "JP", "clinic_commercial", "iv", claims, new String[0]);
        assertThat(browser.findElement(By.id("verdict")).getAttribute("data-verdict"))
                .isEqualTo("not_permitted");
        assertThat(browser.findElement(By.id("wrongs")).getAttribute("data-severity"))
                .isEqualTo("violation");
        assertThat(browser.findElement(By.id("findings")).getText()).containsPattern("[ぁ-ん]");
        theHeadlineAgreesWithTheFindingsAndShowsNoCodes();

        describe("en", "JP", "clinic_commercial", "iv", claims, new String[0]);
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("Not permitted as described");
        theHeadlineAgreesWithTheFindingsAndShowsNoCodes();
    }
}
