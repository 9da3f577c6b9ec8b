package org.exovigil.app.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.exovigil.app.mail.MailRefusal;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.terminology.LayTerms;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Report a problem": a member of the public reports harm in plain words, with no account. The form
 * carries a one-time key, so pressing "send" twice files one report; a hidden field that people never
 * see but form-filling robots do catches spam; each address may send only a few reports an hour. The
 * reporter leaves with a reference and a private code, and with both adds information later.
 */
@Controller
class PatientReportController {

    static final String PUBLIC_SENDER = "public";

    private final ReportIntake intake;
    private final ReporterFollowUp followUp;
    private final PublicSubmissionLimit limit;
    private final Clock clock;
    private final LayTerms layTerms;

    PatientReportController(
            ReportIntake intake,
            ReporterFollowUp followUp,
            PublicSubmissionLimit limit,
            Clock clock,
            LayTerms layTerms) {
        this.layTerms = layTerms;
        this.intake = intake;
        this.followUp = followUp;
        this.limit = limit;
        this.clock = clock;
    }

    @GetMapping("/report")
    String form(Model model, Locale locale) {
        return show(
                model,
                PatientReport.empty(locale.getLanguage().equals("ja") ? "JP" : ""),
                PatientFormPage.of(UUID.randomUUID().toString()));
    }

    @PostMapping("/report")
    String submit(
            @Valid @ModelAttribute("report") PatientReport report,
            BindingResult errors,
            @RequestParam String formKey,
            @RequestParam(defaultValue = "") String website,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PublicForm.refuseRobots(website);
        if (errors.hasErrors()) {
            return show(model, report, PatientFormPage.of(formKey));
        }
        if (report.startedBeforeBirth(LocalDate.now(clock))) {
            errors.rejectValue("problemStarted", "report.error.beforeBirth");
            return show(model, report, PatientFormPage.bornAfterOnset(formKey));
        }
        if (report.receiptWithoutAddress()) {
            errors.rejectValue("contact", MailRefusal.RECEIPT_WITHOUT_ADDRESS.messageKey());
            return show(model, report, PatientFormPage.of(formKey));
        }
        if (report.startedBeforeTreatmentUnconfirmed()) {
            return show(model, report, PatientFormPage.onsetToConfirm(formKey));
        }
        var attempt = RecentSubmissions.attempt(
                request,
                "patient",
                report.toReportJson("PUB-", LocalDate.now(clock)).toString(),
                report.contact(),
                Instant.now(clock));
        // Sending the same report again files nothing new, so it does not count against the hourly limit.
        if (!attempt.again() && !limit.admit(request, response)) {
            return show(model, report, PatientFormPage.overLimit(formKey));
        }
        String key = attempt.key(formKey);
        Checked<IndividualCaseSafetyReport> parsed = ReportJson.read(
                report.toReportJson("PUB-" + key, LocalDate.now(clock)).toString());
        if (!(parsed instanceof Checked.Accepted<IndividualCaseSafetyReport> accepted)) {
            return show(model, report, PatientFormPage.notReadable(formKey));
        }
        try {
            Receipt receipt = intake.receive(new Submission(
                    SenderPrincipal.anonymousForm(PUBLIC_SENDER),
                    key,
                    Channel.PUBLIC_FORM,
                    accepted.value(),
                    report.contact(),
                    locale,
                    report.wantsReceipt()));
            attempt.filed(key);
            return PublicForm.receipt(receipt, followUp, layTerms.forCase(receipt.id(), locale), false, redirect);
        } catch (ReportIntake.IdempotencyKeyReused reused) {
            return show(
                    model,
                    report,
                    PatientFormPage.sentBefore(
                            UUID.randomUUID().toString(), reused.first().reference()));
        }
    }

    @GetMapping("/report/more")
    String more(@RequestParam(defaultValue = "") String reference, Model model) {
        model.addAttribute("reference", reference);
        return "reports/more";
    }

    @PostMapping("/report/more")
    String addMore(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String website,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PublicForm.refuseRobots(website);
        model.addAttribute("reference", reference);
        model.addAttribute("text", text);
        if (text.isBlank() || text.length() > ReporterFollowUp.MAX_TEXT) {
            model.addAttribute("problem", "report.more.error.text");
            return "reports/more";
        }
        if (!limit.admit(request, response)) {
            model.addAttribute("problem", "report.limited");
            return "reports/more";
        }
        var added = followUp.add(reference, code, text);
        if (added.isEmpty()) {
            model.addAttribute("problem", "report.more.error.unknown");
            return "reports/more";
        }
        redirect.addFlashAttribute("added", reference.strip());
        // The reporter, who has just shown their code, reads their report back: lay terms, never codes.
        redirect.addFlashAttribute("reactions", layTerms.forCase(added.get(), locale));
        return "redirect:/report/more/sent";
    }

    @GetMapping("/report/more/sent")
    String addedMore(Model model) {
        return model.containsAttribute("added") ? "reports/more-sent" : "redirect:/report/more";
    }

    @GetMapping("/report/sent")
    String sent(Model model) {
        return model.containsAttribute("reference") ? "reports/sent" : "redirect:/report";
    }

    private static String show(Model model, PatientReport report, PatientFormPage page) {
        model.addAttribute("report", report);
        model.addAttribute("page", page);
        return "reports/form";
    }
}
