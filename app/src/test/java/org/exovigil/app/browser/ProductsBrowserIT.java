package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A regulator keeps a product's lots and reads their consistency. */
class ProductsBrowserIT extends InBrowser {

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theControlChartSaysWhatItNeedsThenShowsLabelledAxesAndNoLimitBelowZero() {
        long product = newProduct("Chart EV (test)");
        signIn("chart-regulator");

        addLotMeasured(product, "CH-01", "1e10");
        addLotMeasured(product, "CH-02", "5e10");
        browser.get(url("/registry/products/" + product + "?lang=en"));
        assertThat(browser.findElements(By.id("control-chart"))).isEmpty();
        assertThat(browser.findElement(By.id("control-chart-needs")).getText())
                .isEqualTo("The control chart needs the particle concentration of at least 3 lots; 2 recorded so far."
                        + " Record it on each lot's page.");

        addLotMeasured(product, "CH-03", "5e9");
        browser.get(url("/registry/products/" + product + "?lang=en"));
        assertThat(browser.findElements(By.id("control-chart-needs"))).isEmpty();
        assertThat(browser.findElement(By.id("control-chart-y-title")).getText())
                .isEqualTo("Particles per mL");
        assertThat(browser.findElement(By.id("control-chart-x-title")).getText())
                .isEqualTo("Lots, in the order they were added");
        assertThat(browser.findElement(By.id("control-chart-lots")).getText()).contains("CH-01", "CH-02", "CH-03");
        String caption = browser.findElement(By.id("control-chart-caption")).getText();
        assertThat(caption).contains("mean 2.17 × 10¹⁰", "control limits 0 to ").doesNotContain("-", "666");
        assertThat(browser.findElement(By.id("control-chart-limits")).getText()).contains("2.17 × 10¹⁰", "0");

        browser.get(url("/registry/products/" + product + "?lang=ja"));
        assertThat(browser.findElement(By.id("control-chart-y-title")).getText())
                .isEqualTo("1 mLあたりの粒子数");
    }

    @Test
    void aRegulatorFindsProductsInTheMenuAndCorrectsALotsRouteAndDoseOnItsPage() {
        long product = newProduct("Relabel EV (test)");
        signIn("label-regulator");

        browser.get(url("/staff?lang=en"));
        clickAndWait(By.linkText("Regulator"));
        clickAndWait(By.linkText("Products and lots: dossiers, specifications, release tests and consistency"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Products and lots");

        addLotMeasured(product, "RL-01", "1e10");
        String lotPage = browser.getCurrentUrl();
        new Select(browser.findElement(By.id("route"))).selectByValue("intra_articular");
        var dose = browser.findElement(By.id("doseMl"));
        dose.clear();
        dose.sendKeys("3");
        clickAndWait(By.id("save-label"));

        assertThat(browser.getCurrentUrl()).isEqualTo(lotPage);
        assertThat(new Select(browser.findElement(By.id("route")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("intra_articular");
        assertThat(browser.findElement(By.id("doseMl")).getAttribute("value")).isEqualTo("3.0");
        browser.get(url("/registry/products/" + product + "?lang=en"));
        assertThat(browser.findElement(By.id("lots")).getText())
                .contains("RL-01")
                .doesNotContain("RL-01 iv");
    }

    @Test
    void addingALotNumberTheProductHasAlreadyIsRefusedAndLeadsToThatLotsPageInsteadOfRelabellingIt() {
        long product = newProduct("Duplicate lot EV (test)");
        signIn("duplicate-lot-regulator");
        addLotMeasured(product, "DL-01", "1e10");
        String lotPage = browser.getCurrentUrl();

        browser.get(url("/registry/products/" + product + "?lang=en"));
        browser.findElement(By.id("lotNumber")).sendKeys("DL-01");
        new Select(browser.findElement(By.id("route"))).selectByValue("intra_articular");
        browser.findElement(By.id("doseMl")).sendKeys("5");
        clickAndWait(By.id("add-lot"));

        assertThat(browser.findElement(By.id("product-refusal")).getText())
                .startsWith("EXO-1708")
                .contains("DL-01", "lot's own page");
        clickAndWait(By.id("existing-lot"));
        assertThat(browser.getCurrentUrl()).startsWith(lotPage);
        assertThat(new Select(browser.findElement(By.id("route")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("iv");
        assertThat(browser.findElement(By.id("doseMl")).getAttribute("value")).isEqualTo("2.0");
    }

    private long newProduct(String name) {
        return jdbc.sql("insert into product (name, type) values (?, 'exosome') returning id")
                .param(name)
                .query(Long.class)
                .single();
    }

    private void addLotMeasured(long product, String lotNumber, String particlesPerMl) {
        browser.get(url("/registry/products/" + product + "?lang=en"));
        browser.findElement(By.id("lotNumber")).sendKeys(lotNumber);
        new Select(browser.findElement(By.id("route"))).selectByValue("iv");
        browser.findElement(By.id("doseMl")).sendKeys("2");
        clickAndWait(By.id("add-lot"));
        new Select(browser.findElement(By.id("test"))).selectByValue("particle_concentration");
        browser.findElement(By.id("value")).sendKeys(particlesPerMl);
        clickAndWait(By.id("record-test"));
    }

    private void signIn(String name) {
        browser.manage().deleteAllCookies();
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, Role.REGULATOR).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
