package org.exovigil.app.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exovigil.app.mail.MailAddress;
import org.springframework.format.annotation.DateTimeFormat;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The full form for health professionals and providers: every E2B(R3) section a clinician can fill
 * in (C.2 reporter, D patient, E reactions with seriousness per reaction, G products with role, lot,
 * route and provider, F tests, H narrative), with a few rows per repeated section. Rows left empty are
 * dropped; the vigilance core then checks the report field by field, and each problem is shown at the
 * form field it came from.
 */
public record ProfessionalReport(
        String caseNumber,
        String qualification,
        String reporterName,
        String organisation,
        String reporterCountry,
        String contact,
        String country,
        String initials,
        Integer ageYears,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        String sex,
        Double weightKg,
        List<ReactionRow> reactions,
        List<ProductRow> products,
        List<TestRow> tests,
        String narrative,
        Boolean onsetBeforeTreatmentConfirmed,
        Boolean receipt) {

    static final int ROWS = 3;
    static final List<String> QUALIFICATIONS =
            List.of("physician", "pharmacist", "other_health_professional", "lawyer", "consumer");
    static final List<String> ROLES = List.of("suspect", "concomitant", "interacting", "not_administered");
    static final List<String> SERIOUSNESS = List.of(
            "death",
            "life_threatening",
            "hospitalisation",
            "disability",
            "congenital_anomaly",
            "other_medically_important");

    public ProfessionalReport {
        reactions = padded(reactions, () -> new ReactionRow(null, null, null, List.of()));
        products = padded(products, () -> new ProductRow("suspect", null, null, null, null, null, null, null));
        tests = padded(tests, () -> new TestRow(null, null, null, null));
    }

    /** One reaction (E.i): the term as reported, onset, outcome and its own seriousness criteria. */
    public record ReactionRow(
            String term,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onset,
            String outcome,
            List<String> seriousness) {
        boolean filled() {
            return !blank(term);
        }
    }

    /** One product (G.k): its role, name, type, route, lot, who gave it, when, and the dose in words. */
    public record ProductRow(
            String role,
            String name,
            String type,
            String route,
            String lot,
            String provider,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
            String dose) {
        boolean filled() {
            return !blank(name);
        }
    }

    /** One test or procedure (F.r): name, date, result and unit. */
    public record TestRow(
            String name,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            String result,
            String unit) {
        boolean filled() {
            return !blank(name);
        }
    }

    static ProfessionalReport empty(String country) {
        return new ProfessionalReport(
                null,
                "physician",
                null,
                null,
                country,
                null,
                country,
                null,
                null,
                null,
                "",
                null,
                null,
                null,
                null,
                null,
                false,
                false);
    }

    /** Whether the reporter asked for a receipt by e-mail, as on the patient form. */
    boolean wantsReceipt() {
        return Boolean.TRUE.equals(receipt);
    }

    /** A receipt asked for, with a contact that is not an e-mail address to send it to. */
    boolean receiptWithoutAddress() {
        return wantsReceipt() && MailAddress.parse(contact).isEmpty();
    }

    /** A reaction said to have started before the first dose of a suspect product: form rows counted from 1. */
    record OnsetBeforeDose(int reaction, String term, LocalDate onset, int product, String name, LocalDate firstDose) {}

    /**
     * The form rows (from 0) of the reactions said to have started before the patient was born, by the birth date
     * (D.2.1). The age (D.2.2) is the age at the onset of the first reaction, so it places no onset before birth.
     */
    List<Integer> reactionsBeforeBirth() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < reactions.size(); i++) {
            ReactionRow row = reactions.get(i);
            if (row.filled() && OnsetDates.beforeBirth(row.onset(), birthDate)) {
                rows.add(i);
            }
        }
        return rows;
    }

    /** Each reaction that started before a suspect product was first given, unless the reporter confirmed them. */
    List<OnsetBeforeDose> onsetsBeforeFirstDoseUnconfirmed() {
        if (Boolean.TRUE.equals(onsetBeforeTreatmentConfirmed)) {
            return List.of();
        }
        List<OnsetBeforeDose> found = new ArrayList<>();
        for (int r = 0; r < reactions.size(); r++) {
            ReactionRow reaction = reactions.get(r);
            for (int p = 0; p < products.size(); p++) {
                ProductRow product = products.get(p);
                if (reaction.filled()
                        && product.filled()
                        && "suspect".equals(product.role())
                        && OnsetDates.beforeTreatment(reaction.onset(), product.startedOn())) {
                    found.add(new OnsetBeforeDose(
                            r + 1,
                            reaction.term().strip(),
                            reaction.onset(),
                            p + 1,
                            product.name().strip(),
                            product.startedOn()));
                }
            }
        }
        return found;
    }

    /** The report in the JSON of shared/spec/report.md, with how its array positions map to form rows. */
    Draft toReportJson(String senderReportId, LocalDate receivedOn) {
        var json = JsonNodeFactory.instance;
        ObjectNode report = json.objectNode();
        report.put("senderReportId", senderReportId);
        report.put("receivedOn", receivedOn.toString());
        put(report, "country", country);
        ObjectNode reporter = report.putObject("reporter");
        put(reporter, "qualification", qualification);
        put(reporter, "country", reporterCountry);
        put(reporter, "name", reporterName);
        put(reporter, "organisation", organisation);
        ObjectNode patient = report.putObject("patient");
        put(patient, "initials", initials);
        if (ageYears != null) {
            patient.put("ageYears", ageYears);
        }
        put(patient, "birthDate", birthDate);
        put(patient, "sex", sex);
        if (weightKg != null) {
            patient.put("weightKg", weightKg);
        }
        var rows = new java.util.HashMap<String, List<Integer>>();
        rows.put("reactions", addRows(report, "reactions", reactions, ReactionRow::filled, (row, node) -> {
            put(node, "term", row.term());
            put(node, "onset", row.onset());
            put(node, "outcome", row.outcome());
            var criteria = node.putArray("seriousness");
            (row.seriousness() == null ? List.<String>of() : row.seriousness()).forEach(criteria::add);
        }));
        rows.put("products", addRows(report, "products", products, ProductRow::filled, (row, node) -> {
            put(node, "role", row.role());
            put(node, "name", row.name());
            put(node, "type", row.type());
            put(node, "route", row.route());
            put(node, "lot", row.lot());
            put(node, "provider", row.provider());
            put(node, "startedOn", row.startedOn());
            if (!blank(row.dose())) {
                node.putObject("dose").put("text", row.dose().strip());
            }
        }));
        rows.put("tests", addRows(report, "tests", tests, TestRow::filled, (row, node) -> {
            put(node, "name", row.name());
            put(node, "date", row.date());
            put(node, "result", row.result());
            put(node, "unit", row.unit());
        }));
        put(report, "narrative", narrative);
        return new Draft(report, Map.copyOf(rows));
    }

    /** The report's JSON, and for each repeated section the form row of each array position. */
    record Draft(ObjectNode json, Map<String, List<Integer>> rows) {

        private static final Pattern INDEXED = Pattern.compile("^(reactions|products|tests)\\[(\\d+)](.*)$");
        private static final Map<String, String> FIELDS = Map.of(
                "senderReportId", "caseNumber",
                "reporter.qualification", "qualification",
                "reporter.country", "reporterCountry",
                "reporter.name", "reporterName",
                "reporter.organisation", "organisation",
                "patient.initials", "initials",
                "patient.ageYears", "ageYears",
                "patient.birthDate", "birthDate",
                "patient.sex", "sex",
                "patient.weightKg", "weightKg");

        /** The form field a problem's JSON path points at ({@code reactions[0].onset} may be row 2's). */
        String formField(String path) {
            Matcher indexed = INDEXED.matcher(path);
            if (indexed.matches()) {
                List<Integer> formRows = rows.getOrDefault(indexed.group(1), List.of());
                int position = Integer.parseInt(indexed.group(2));
                int row = position < formRows.size() ? formRows.get(position) : position;
                String field =
                        indexed.group(3).replaceFirst("^(\\.dose)\\..*$", "$1").replaceFirst("\\[\\d+]$", "");
                return "%s[%d]%s".formatted(indexed.group(1), row, field);
            }
            return FIELDS.getOrDefault(path, path);
        }
    }

    private static <T> List<Integer> addRows(
            ObjectNode report,
            String name,
            List<T> rows,
            Predicate<T> filled,
            java.util.function.BiConsumer<T, ObjectNode> write) {
        var array = report.putArray(name);
        List<Integer> formRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            if (row != null && filled.test(row)) {
                write.accept(row, array.addObject());
                formRows.add(i);
            }
        }
        if (array.isEmpty() && !name.equals("reactions") && !name.equals("products")) {
            report.remove(name);
        }
        return formRows;
    }

    private static <T> List<T> padded(List<T> rows, java.util.function.Supplier<T> empty) {
        List<T> padded = new ArrayList<>();
        (rows == null ? List.<T>of() : rows)
                .stream().limit(ROWS).forEach(row -> padded.add(row == null ? empty.get() : row));
        while (padded.size() < ROWS) {
            padded.add(empty.get());
        }
        return List.copyOf(padded);
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value != null && !blank(value.toString())) {
            node.put(field, value.toString().strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
