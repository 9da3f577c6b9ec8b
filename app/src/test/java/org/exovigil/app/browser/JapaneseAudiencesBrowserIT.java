package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.ProviderStaff;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every audience besides the regulator (JapaneseRegulatorBrowserIT) walks its pages in Japanese without
 * meeting an English word that is not a proper name, an allowed code or the walk's own data: clinic staff
 * file a plan and read their cases, the ethics committee decides it, the public reports harm and checks a
 * clinic and a treatment, a researcher reads the signals, an administrator the administration page.
 */
class JapaneseAudiencesBrowserIT extends InBrowser {

    private static final String PASSWORD = "a long enough passphrase for tests";
    private static final String DOCTOR = "ja-walk-doctor";
    private static final String COMMITTEE = "ja-walk-committee";
    private static final String RESEARCHER = "ja-walk-researcher";
    private static final String ADMIN = "ja-walk-admin";

    /** The accounts' names, and the demonstration register's city of its Ginza clinic, are data. */
    private static final EnglishWords ENGLISH = new EnglishWords(DOCTOR, COMMITTEE, RESEARCHER, ADMIN, "Tokyo");

    @Autowired
    Accounts accounts;

    @Autowired
    ProviderStaff staff;

    @Autowired
    Providers providers;

    @Test
    void clinicStaffAndTheEthicsCommitteeFileAndDecideAPlanInJapanese() {
        long clinic = providers.add(new Provider(0, "京都細胞クリニック（テスト）", "JP", "京都市", null, null, false));
        List<String> english = new ArrayList<>();

        signIn(DOCTOR, Role.PROVIDER, clinic);
        browser.get(url("/provider?lang=ja"));
        english.addAll(ENGLISH.on(browser, "clinic area"));
        browser.get(url("/provider/cases?lang=ja"));
        english.addAll(ENGLISH.on(browser, "clinic cases"));
        browser.get(url("/provider/plans?lang=ja"));
        english.addAll(ENGLISH.on(browser, "clinic plans"));
        clickAndWait(By.id("file-plan"));
        english.addAll(ENGLISH.on(browser, "plan filing form"));
        browser.findElement(By.id("productName")).sendKeys("自己脂肪由来間葉系幹細胞（膝）");
        new Select(browser.findElement(By.id("productType"))).selectByValue("stem_cell");
        new Select(browser.findElement(By.id("source"))).selectByValue("adipose");
        new Select(browser.findElement(By.id("donor"))).selectByValue("autologous");
        new Select(browser.findElement(By.id("indication"))).selectByValue("orthopedic_joint");
        new Select(browser.findElement(By.id("route"))).selectByValue("intra_articular");
        browser.findElement(By.id("dose")).sendKeys("1千万個を3 mLに、1回");
        new Select(browser.findElement(By.id("riskClass"))).selectByValue("2");
        browser.findElement(By.id("consent")).sendKeys("未承認。感染、腫れの危険。費用80万円。断ることができます。");
        clickAndWait(By.id("submit-plan"));
        english.addAll(ENGLISH.on(browser, "filed plan"));
        String planPage = browser.getCurrentUrl();
        String id = planPage.substring(planPage.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");

        signIn(COMMITTEE, Role.COMMITTEE, null);
        browser.get(url("/committee?lang=ja"));
        english.addAll(ENGLISH.on(browser, "committee area"));
        browser.get(url("/committee/plans?lang=ja"));
        english.addAll(ENGLISH.on(browser, "committee plans"));
        browser.get(url("/committee/plans/" + id + "?lang=ja"));
        english.addAll(ENGLISH.on(browser, "plan under review"));
        browser.findElement(By.id("no-conflict")).click();
        clickAndWait(By.id("declare"));
        for (WebElement met : browser.findElements(By.cssSelector("input[type=radio][value=met]"))) {
            met.click();
        }
        new Select(browser.findElement(By.id("decision"))).selectByValue("accept");
        browser.findElement(By.id("reasons")).sendKeys("書類がそろい、同意説明に危険と費用がある。");
        browser.findElement(By.id("conditions")).sendKeys("感染は7日以内に報告すること。");
        clickAndWait(By.id("decide"));
        english.addAll(ENGLISH.on(browser, "decided plan"));

        signIn(DOCTOR, Role.PROVIDER, clinic);
        browser.get(url("/provider/plans/" + id + "?lang=ja"));
        english.addAll(ENGLISH.on(browser, "accepted plan, as the clinic sees it"));

        assertThat(english).isEmpty();
    }

    @Test
    void thePublicReportsHarmAndChecksAClinicAndATreatmentInJapanese() {
        List<String> english = new ArrayList<>();

        browser.get(url("/?lang=ja"));
        english.addAll(ENGLISH.on(browser, "home"));
        browser.get(url("/report?lang=ja"));
        english.addAll(ENGLISH.on(browser, "report form"));
        browser.findElement(By.id("problem")).sendKeys("発熱と悪寒");
        browser.findElement(By.id("whatHappened")).sendKeys("培養上清の点滴の2日後に39度の熱が出ました。");
        new Select(browser.findElement(By.id("productType"))).selectByValue("culture_supernatant");
        new Select(browser.findElement(By.id("route"))).selectByValue("iv");
        browser.findElement(By.id("clinic")).sendKeys("銀座エクソソーム美容クリニック");
        browser.findElement(By.id("age")).sendKeys("54");
        new Select(browser.findElement(By.id("sex"))).selectByValue("female");
        clickAndWait(By.id("send-report"));
        EnglishWords.forget(browser, "#follow-up-code"); // the reporter's private code, letters and digits
        english.addAll(ENGLISH.on(browser, "receipt"));

        browser.get(url("/check?lang=ja"));
        english.addAll(ENGLISH.on(browser, "check a clinic"));
        browser.findElement(By.id("q")).sendKeys("銀座");
        clickAndWait(By.cssSelector("form.search button"));
        english.addAll(ENGLISH.on(browser, "clinics found"));
        clickAndWait(By.cssSelector(".clinic-details"));
        // The clinic's own words are its data; a site's host is its address.
        EnglishWords.forget(browser, ".quote, .clinic-page h3");
        english.addAll(ENGLISH.on(browser, "a clinic's claims"));

        browser.get(url("/check/treatment?lang=ja"));
        english.addAll(ENGLISH.on(browser, "check a treatment"));
        new Select(browser.findElement(By.id("jurisdiction"))).selectByValue("JP");
        new Select(browser.findElement(By.id("type"))).selectByValue("culture_supernatant");
        new Select(browser.findElement(By.id("source"))).selectByValue("dental_pulp");
        new Select(browser.findElement(By.id("setting"))).selectByValue("clinic_commercial");
        new Select(browser.findElement(By.id("administeredBy"))).selectByValue("physician");
        browser.findElement(By.id("route-iv")).click();
        browser.findElement(By.id("indication-wellness_longevity")).click();
        clickAndWait(By.id("check-treatment"));
        browser.findElement(By.id("verdict"));
        english.addAll(ENGLISH.on(browser, "what the law says of a treatment"));

        assertThat(english).isEmpty();
    }

    @Test
    void aResearcherReadsTheSignalsAndTheLineListingInJapanese() {
        List<String> english = new ArrayList<>();
        signIn(RESEARCHER, Role.RESEARCHER, null);

        browser.get(url("/research?lang=ja"));
        english.addAll(ENGLISH.on(browser, "research area"));
        browser.get(url("/research/signals?lang=ja"));
        // Imported data sets and the plot's points are named by their data, not by the interface.
        // Products and events of other tests' cases are data too.
        EnglishWords.forget(
                browser, "#dataset option:not([value='']), #ebgm-plot circle, #signals tbody td:nth-child(-n+2)");
        english.addAll(ENGLISH.on(browser, "signals"));

        assertThat(english).isEmpty();
    }

    @Test
    void anAdministratorReadsTheAdministrationPageInJapanese() {
        signIn(ADMIN, Role.ADMIN, null);
        browser.get(url("/admin?lang=ja"));
        // Other tests' accounts and tokens share the database: their names are data.
        EnglishWords.forget(browser, "main table tbody td:first-child, #token-account option, #clinic-account option");

        assertThat(ENGLISH.on(browser, "administration")).isEmpty();
    }

    private void signIn(String name, Role role, Long provider) {
        browser.manage().deleteAllCookies();
        if (accounts.find(name).isEmpty()) {
            var invitation = provider == null ? accounts.invite(name, role) : staff.invite(name, role, provider);
            accounts.completeSetup(invitation.token(), PASSWORD);
        }
        browser.get(url("/login?lang=ja"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
