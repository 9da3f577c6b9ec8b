package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.signalmanagement.SignalManagement;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.signal.SignalAction;
import org.exovigil.vigilance.signal.SignalSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A patient reports harm after a treatment from a lot the regulator has put on hold: the receipt says the lot is on
 * hold and what that means for them, in English and in Japanese, and nothing of why or of the signal behind it.
 */
class StoppedLotReceiptBrowserIT extends InBrowser {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String PRODUCT = "Receipt Cord EV " + RUN;
    private static final String LOT = "RC-" + RUN;
    private static final String WHY = "sterility retest pending " + RUN;

    @Autowired
    ReportIntake intake;

    @Autowired
    SignalManagement signals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPatientNamingAHeldLotIsToldItIsOnHoldAndWhatToDoInTheirLanguage() {
        holdTheLot();

        browser.get(url("/report?lang=en"));
        fillIn("Fever and chills", "A high fever two days after the drip.");
        clickAndWait(By.id("send-report"));
        assertThat(browser.findElements(By.id("reference")))
                .as(() -> browser.findElement(By.tagName("main")).getText())
                .isNotEmpty();
        assertThat(browser.findElement(By.id("reference")).getText()).matches("EXO-\\d{4}-\\d{7}");
        String notice = browser.findElement(By.id("stopped-lots")).getText();
        assertThat(notice)
                .contains(PRODUCT + " lot " + LOT, "on hold since", "the regulator has stopped its use")
                .contains("Do not accept another treatment from this lot", "see a doctor");
        assertThat(notice).doesNotContain(WHY).doesNotContainIgnoringCase("signal");
        assertThat(browser.findElement(By.cssSelector("#stopped-lots time")).getAttribute("datetime"))
                .as("the day it began is a time the page shows the one way")
                .startsWith(LocalDate.now().toString().substring(0, 4));

        browser.manage().deleteAllCookies();
        browser.get(url("/report?lang=ja"));
        fillIn("発熱と悪寒", "点滴の2日後に高熱が出ました。");
        clickAndWait(By.id("send-report"));
        String japanese = browser.findElement(By.id("stopped-lots")).getText();
        assertThat(japanese).contains("保留中", LOT, "このロットによる治療をこれ以上受けないでください");
        assertThat(japanese).doesNotContain(WHY, "on hold", "Do not");
    }

    @Test
    void aPatientNamingNoStoppedLotIsToldNothingOfLots() {
        browser.get(url("/report?lang=en"));
        browser.findElement(By.id("problem")).sendKeys("Rash");
        browser.findElement(By.id("whatHappened")).sendKeys("A rash on the arm.");
        browser.findElement(By.id("lot")).sendKeys("NO-SUCH-LOT-" + RUN);
        new Select(browser.findElement(By.id("country"))).selectByValue("JP");
        clickAndWait(By.id("send-report"));
        assertThat(browser.findElement(By.id("reference")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("stopped-lots"))).isEmpty();
    }

    private void fillIn(String problem, String whatHappened) {
        browser.findElement(By.id("problem")).sendKeys(problem);
        browser.findElement(By.id("whatHappened")).sendKeys(whatHappened);
        browser.findElement(By.id("treatment")).sendKeys(PRODUCT);
        new Select(browser.findElement(By.id("productType"))).selectByValue("exosome");
        new Select(browser.findElement(By.id("route"))).selectByValue("iv");
        browser.findElement(By.id("lot")).sendKeys(LOT);
        new Select(browser.findElement(By.id("country"))).selectByValue("JP");
    }

    /** A clinic's report names the lot; a regulator raises a signal from it and holds the lot as a precaution. */
    private void holdTheLot() {
        var report = (Checked.Accepted<IndividualCaseSafetyReport>)
                ReportJson.read("""
                {"senderReportId": "RECEIPT-%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 52, "sex": "female"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv", "lot": "%s"}],
                 "reactions": [{"term": "sepsis", "seriousness": ["hospitalisation"]}]}""".formatted(RUN, LocalDate.now(), PRODUCT, LOT));
        UUID caseId = intake.receive(new Submission(
                        new SenderPrincipal("test:receipt-browser", "receipt-browser"),
                        null,
                        Channel.API,
                        report.value()))
                .id();
        String who = "regulator-receipt";
        long signal = signals.raise(SignalSource.Kind.SINGLE_CASE, caseId.toString(), who)
                .value();
        long lot = jdbc.sql("select id from lot where lot_number = ?")
                .param(LOT)
                .query(Long.class)
                .single();
        assertThat(signals.record(signal, SignalManagement.Step.VALIDATE, null, "sepsis after IV", "blood culture", who)
                        .isDone())
                .isTrue();
        assertThat(signals.act(
                                signal,
                                SignalAction.Kind.LOT_HOLD,
                                lot,
                                "",
                                "quality team",
                                LocalDate.now().plusDays(7),
                                WHY,
                                who)
                        .isDone())
                .isTrue();
    }
}
