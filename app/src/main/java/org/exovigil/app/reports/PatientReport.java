package org.exovigil.app.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.mail.MailAddress;
import org.exovigil.app.portal.Vocabulary;
import org.springframework.format.annotation.DateTimeFormat;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public "report a problem" form in plain words, as a patient or a relative fills it in. It
 * becomes an E2B(R3)-shaped report: the person is the primary source (C.2.r.4 consumer, unless a
 * health professional), the treatment is the suspect product (G.k.1), the problem is the reaction.
 */
public record PatientReport(
        @NotBlank @Size(max = 250) String problem,
        @NotBlank @Size(max = 20_000) String whatHappened,

        @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate problemStarted,

        List<@Pattern(regexp = "death|life_threatening|hospitalisation|disability|other_medically_important") String>
                seriousness,

        @Pattern(regexp = "|recovered|recovering|not_recovered|recovered_with_sequelae|fatal|unknown")
        String outcome,

        @Size(max = 250) String treatment,

        @Pattern(
                regexp =
                        "|exosome|extracellular_vesicle|culture_supernatant|secretome|conditioned_media|stem_cell|prp|other")
        String productType,

        @Pattern(
                regexp =
                        "|iv|topical|microneedling|injection_local|intra_articular|intradiscal|epidural|intrathecal|nebulised_inhaled|intranasal|intramuscular|other")
        String route,

        @Size(max = 100) String lot,

        @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate treatedOn,

        @Size(max = 300) String clinic,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,

        @NotBlank @Pattern(regexp = "patient|relative|health_professional")
        String reporterIs,

        @Min(0) @Max(130) Integer age,
        @Pattern(regexp = "|female|male|unknown") String sex,
        @Size(max = 10) String initials,
        @Size(max = 300) String contact,
        Boolean onsetBeforeTreatmentConfirmed,
        Boolean receipt) {

    static final List<String> SERIOUSNESS =
            List.of("death", "life_threatening", "hospitalisation", "disability", "other_medically_important");
    static final List<String> OUTCOMES =
            List.of("recovered", "recovering", "not_recovered", "recovered_with_sequelae", "fatal", "unknown");
    static final List<String> PRODUCT_TYPES = Vocabulary.PRODUCT_TYPES;
    static final List<String> ROUTES = Vocabulary.ROUTES;
    static final List<String> COUNTRIES = List.of(
            "JP", "US", "KR", "TW", "CN", "GB", "DE", "FR", "IT", "ES", "MX", "CA", "AU", "IN", "SG", "AE", "SA",
            "OTHER");

    static PatientReport empty(String country) {
        return new PatientReport(
                null, null, null, List.of(), "", null, "", "", null, null, null, country, "patient", null, "", null,
                null, false, false);
    }

    /** Whether the reporter asked for a receipt by e-mail. */
    boolean wantsReceipt() {
        return Boolean.TRUE.equals(receipt);
    }

    /** A receipt asked for, with a contact that is not an e-mail address to send it to. */
    boolean receiptWithoutAddress() {
        return wantsReceipt() && MailAddress.parse(contact).isEmpty();
    }

    /**
     * Whether the problem started before the person was born, which cannot be: the form asks the age now, so a
     * person aged n was born less than n + 1 years ago.
     */
    boolean startedBeforeBirth(LocalDate today) {
        return age != null && OnsetDates.beforeBirth(problemStarted, OnsetDates.earliestBirth(age, today));
    }

    /**
     * Whether the problem started before the treatment and the reporter has not confirmed it. That is possible (a
     * problem the person had before, made worse), so it is asked about rather than refused.
     */
    boolean startedBeforeTreatmentUnconfirmed() {
        return OnsetDates.beforeTreatment(problemStarted, treatedOn)
                && !Boolean.TRUE.equals(onsetBeforeTreatmentConfirmed);
    }

    /** The report in the JSON of shared/spec/report.md, received today under the given sender report id. */
    ObjectNode toReportJson(String senderReportId, LocalDate receivedOn) {
        var json = JsonNodeFactory.instance;
        ObjectNode report = json.objectNode();
        report.put("senderReportId", senderReportId);
        report.put("receivedOn", receivedOn.toString());
        putIfPresent(report, "country", country.equals("OTHER") ? null : country);
        ObjectNode reporter = report.putObject("reporter");
        reporter.put(
                "qualification", reporterIs.equals("health_professional") ? "other_health_professional" : "consumer");
        putIfPresent(reporter, "country", country.equals("OTHER") ? null : country);
        ObjectNode patient = report.putObject("patient");
        putIfPresent(patient, "initials", initials);
        if (age != null) {
            patient.put("ageYears", age);
        }
        putIfPresent(patient, "sex", sex);
        ObjectNode product = report.putArray("products").addObject();
        product.put("role", "suspect");
        product.put("name", blank(treatment) ? "(not known)" : treatment.strip());
        putIfPresent(product, "type", productType);
        putIfPresent(product, "route", route);
        putIfPresent(product, "lot", lot);
        putIfPresent(product, "provider", clinic);
        if (treatedOn != null) {
            product.put("startedOn", treatedOn.toString());
        }
        ObjectNode reaction = report.putArray("reactions").addObject();
        reaction.put("term", problem.strip());
        if (problemStarted != null) {
            reaction.put("onset", problemStarted.toString());
        }
        putIfPresent(reaction, "outcome", outcome);
        ArrayNode criteria = reaction.putArray("seriousness");
        (seriousness == null ? List.<String>of() : seriousness).forEach(criteria::add);
        report.put("narrative", whatHappened.strip());
        return report;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
