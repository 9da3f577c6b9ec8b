package org.exovigil.app.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exovigil.app.mail.MailRefusal;
import org.exovigil.app.portal.TimeText;
import org.exovigil.app.refusals.CoreProblem;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.terminology.LayTerms;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The full report form for health professionals and providers. Signed in, the report is sent in the
 * person's name (a provider then finds it among its own cases, with its deadlines); otherwise it comes
 * through the public professional channel, rate-limited like the patient form, under an identity of
 * its own made for that one submission: the case number typed is then only a label, so a second
 * anonymous report with the same number is a new case and never reaches the first. Either way the
 * sender leaves with a reference and a follow-up code.
 */
@Controller
class ProfessionalReportController {

    static final String PUBLIC_SENDER = "professional-form";

    private final ReportIntake intake;
    private final ReporterFollowUp followUp;
    private final PublicSubmissionLimit limit;
    private final Clock clock;
    private final LayTerms layTerms;

    ProfessionalReportController(
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

    @GetMapping("/report/professional")
    String form(Model model, Locale locale) {
        String country = locale.getLanguage().equals("ja") ? "JP" : "";
        return show(
                model,
                ProfessionalReport.empty(country),
                ProfessionalFormPage.of(UUID.randomUUID().toString()));
    }

    @PostMapping("/report/professional")
    String submit(
            @ModelAttribute("report") ProfessionalReport report,
            BindingResult errors,
            @RequestParam String formKey,
            @RequestParam(defaultValue = "") String website,
            Authentication sender,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        PublicForm.refuseRobots(website);
        if (errors.hasErrors()) {
            return show(model, report, ProfessionalFormPage.of(formKey));
        }
        List<Integer> beforeBirth = report.reactionsBeforeBirth();
        if (!beforeBirth.isEmpty()) {
            for (int row : beforeBirth) {
                var onset = report.reactions().get(row).onset();
                errors.rejectValue(
                        "reactions[%d].onset".formatted(row),
                        "pro.error.beforeBirth",
                        new Object[] {
                            row + 1, TimeText.dateText(onset, locale), TimeText.dateText(report.birthDate(), locale)
                        },
                        null);
            }
            return show(model, report, ProfessionalFormPage.of(formKey));
        }
        if (report.receiptWithoutAddress()) {
            errors.rejectValue("contact", MailRefusal.RECEIPT_WITHOUT_ADDRESS.messageKey());
            return show(model, report, ProfessionalFormPage.of(formKey));
        }
        var onsetsBeforeDose = report.onsetsBeforeFirstDoseUnconfirmed();
        if (!onsetsBeforeDose.isEmpty()) {
            return show(model, report, ProfessionalFormPage.onsetsToConfirm(formKey, onsetsBeforeDose));
        }
        boolean signedIn = sender != null && !(sender instanceof AnonymousAuthenticationToken);
        // The same content sent again from this session (Back, then send) is the same report: the first key.
        // Who sends is part of it: signing in between two sendings makes them two senders' reports.
        boolean numbered = report.caseNumber() != null && !report.caseNumber().isBlank();
        var attempt = RecentSubmissions.attempt(
                request,
                "professional " + (signedIn ? sender.getName() : ""),
                report.toReportJson(numbered ? report.caseNumber().strip() : "PRO-", LocalDate.now(clock))
                        .json()
                        .toString(),
                report.contact(),
                Instant.now(clock));
        if (!signedIn && !attempt.again() && !limit.admit(request, response)) {
            return show(model, report, ProfessionalFormPage.overLimit(formKey));
        }
        String key = attempt.key(formKey);
        String caseNumber = numbered ? report.caseNumber().strip() : "PRO-" + key;
        var draft = report.toReportJson(caseNumber, LocalDate.now(clock));
        switch (ReportJson.read(draft.json().toString())) {
            case Checked.Accepted<IndividualCaseSafetyReport> accepted -> {
                try {
                    Receipt receipt = intake.receive(new Submission(
                            signedIn ? SenderPrincipal.of(sender) : SenderPrincipal.anonymousForm(PUBLIC_SENDER),
                            key,
                            Channel.PROFESSIONAL_FORM,
                            accepted.value(),
                            report.contact(),
                            LocaleContextHolder.getLocale(),
                            report.wantsReceipt()));
                    attempt.filed(key);
                    return PublicForm.receipt(
                            receipt,
                            followUp,
                            layTerms.forCase(receipt.id(), LocaleContextHolder.getLocale()),
                            true,
                            redirect);
                } catch (ReportIntake.IdempotencyKeyReused reused) {
                    return show(
                            model,
                            report,
                            ProfessionalFormPage.sentBefore(
                                    UUID.randomUUID().toString(), reused.first().reference()));
                }
            }
            case Checked.Rejected<IndividualCaseSafetyReport> rejected -> {
                rejected.problems().forEach(problem -> reject(errors, draft, problem));
                return show(model, report, ProfessionalFormPage.of(formKey));
            }
        }
    }

    /**
     * Marks the form field the problem came from, or the whole form when it has no single field. The core words
     * the problem in English; a reader of another language also gets its meaning (see {@link CoreProblem}).
     */
    private static void reject(BindingResult errors, ProfessionalReport.Draft draft, Problem problem) {
        String field = draft.formField(problem.path());
        String message = problem.code().id() + " " + problem.message();
        CoreProblem code = new CoreProblem(problem.code());
        if (new BeanWrapperImpl(errors.getTarget()).isReadableProperty(field)) {
            errors.rejectValue(field, code.messageKey(), code.arguments(List.of(message)), message);
        } else {
            String whole = problem.path() + ": " + message;
            errors.reject(code.messageKey(), code.arguments(List.of(whole)), whole);
        }
    }

    private static String show(Model model, ProfessionalReport report, ProfessionalFormPage page) {
        model.addAttribute("report", report);
        model.addAttribute("page", page);
        return "reports/professional";
    }
}
