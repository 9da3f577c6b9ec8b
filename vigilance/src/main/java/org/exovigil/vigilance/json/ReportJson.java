package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.clock.ClockReading;
import org.exovigil.vigilance.clock.Deadline;
import org.exovigil.vigilance.model.CaseComments;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.CriterionCheck;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.Highlighting;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Severity;
import org.exovigil.vigilance.model.TestResult;
import org.exovigil.vigilance.model.TextCharacters;
import org.exovigil.vigilance.model.Validity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON report of {@code spec/report.md} to and from {@link IndividualCaseSafetyReport}. Fields of
 * the spec: {@code senderReportId} (C.1.1), {@code receivedOn} (C.1.4), {@code country} (where it
 * happened), {@code reporter} {qualification, country}, {@code patient} {initials, ageYears, sex},
 * {@code products[]} {role, name, type, lot, route, provider}, {@code reactions[]} {term, onset,
 * outcome, seriousness[]}, {@code narrative} (H.1). Fields Exovigil adds, all optional:
 * {@code worldwideUniqueId} (C.1.8.1), {@code mostRecentInfoOn} (C.1.5), {@code reportType} (C.1.3),
 * {@code nullification} {kind, reason} (C.1.11), {@code reporter.name}, {@code reporter.organisation},
 * {@code otherReporters[]} (the further primary sources, C.2.r, shaped as {@code reporter}),
 * {@code context} (C.1.6-C.1.10, C.4, C.5, see {@code ContextJson}),
 * {@code sender} {type, organisation, department, title, givenName, middleName, familyName, street, city,
 * state, postcode, country, telephone, fax, email} (C.3, as another system sent it),
 * {@code patient.ageGroup} (D.2.3), {@code patient.weightKg} (D.3), {@code products[].dose} {value,
 * unit, text} (G.k.4.r.1, G.k.4.r.8), {@code products[].startedOn} (G.k.4.r.4),
 * {@code products[].routeAsReported} {text, code, codeSystem, codeSystemVersion} (G.k.4.r.10 as another
 * system coded it), {@code products[].details} (G.k beyond these, see {@code DrugDetailsJson}),
 * {@code reactions[].coded} {terminology, version, code} (E.i.2.1; then {@code term} may be left out),
 * {@code comments} {reporterComments, senderDiagnoses[] {terminology, version, code}, senderComments,
 * summaries[] {text, language}} (H.2-H.5),
 * {@code reactions[].details} {language, translation, highlighting, endedOn, medicallyConfirmed,
 * requiredIntervention, onsetUnknown, severity, categories[] {terminology, version, code}, onsetAsSent} (E.i.1.1b,
 * E.i.1.2, E.i.3.1, E.i.5 to the precision sent, E.i.8, FDA.E.i.3.2h, the null flavour of E.i.4; severity and
 * categories are FHIR R4 AdverseEvent.severity and category, which E2B has not; onsetAsSent is E.i.4 when sent
 * as a year, a month or with a time of day; country is E.i.9 when not the case's occurrence country),
 * {@code tests[]} {name, coded, date, result (a number, a bound such as {@code <10}, or text), unit,
 * resultCode, normalLow, normalHigh, comments, moreInformation} (F.r; {@code name} or {@code coded}). Coded values are the codes of the model's enums and of {@code spec/vocabulary.md}.
 * A field the format does not define is a problem (EXO-1208), so a misspelt field is never silently lost.
 */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Set<String> TOP = Set.of(
            "senderReportId",
            "worldwideUniqueId",
            "version",
            "receivedOn",
            "mostRecentInfoOn",
            "reportType",
            "country",
            "nullification",
            "otherCaseIds",
            "reporter",
            "otherReporters",
            "sender",
            "context",
            "patient",
            "products",
            "reactions",
            "tests",
            "narrative",
            "comments");
    private static final Set<String> NULLIFICATION = Set.of("kind", "reason");
    private static final Set<String> PRODUCT = Set.of(
            "role", "name", "type", "lot", "route", "routeAsReported", "provider", "dose", "startedOn", "details");
    private static final Set<String> DOSE = Set.of("value", "unit", "text");
    private static final Set<String> REACTION = Set.of("term", "coded", "onset", "outcome", "seriousness", "details");
    private static final Set<String> REACTION_DETAILS = Set.of(
            "language",
            "translation",
            "highlighting",
            "endedOn",
            "medicallyConfirmed",
            "requiredIntervention",
            "onsetUnknown",
            "severity",
            "categories",
            "onsetAsSent",
            "country");

    private ReportJson() {}

    /** The report in a request body, or every problem found in it (each with its JSON path). */
    public static Checked<IndividualCaseSafetyReport> read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JacksonException e) {
            return Checked.rejected(
                    Problem.of(ProblemCode.NOT_JSON, "expected a JSON object: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return Checked.rejected(Problem.of(
                    ProblemCode.NOT_JSON,
                    "expected a JSON object, got "
                            + (root == null || root.isMissingNode() ? "an empty body" : JsonFields.shown(root))));
        }
        List<Problem> problems = new ArrayList<>();
        IndividualCaseSafetyReport report = report(new JsonFields(root, "", problems, TOP), problems);
        return report == null || !problems.isEmpty()
                ? Checked.rejected(withoutEchoes(problems))
                : Checked.accepted(report);
    }

    private static IndividualCaseSafetyReport report(JsonFields top, List<Problem> problems) {
        Integer version = top.integer("version");
        ReportIdentification id = top.accept(ReportIdentification.of(
                top.text("senderReportId"),
                top.text("worldwideUniqueId"),
                version == null ? 1 : version,
                top.date("receivedOn"),
                top.date("mostRecentInfoOn"),
                top.code("reportType", ReportType.class),
                top.text("country"),
                nullification(top)));
        List<String> otherCaseIds = top.array("otherCaseIds", (node, at) -> otherCaseId(node, at, problems));
        JsonFields sender = top.object("sender", SenderJson.FIELDS);
        if (id != null) {
            id = id.withOtherCaseIds(otherCaseIds)
                    .withSender(sender == null ? null : SenderJson.read(sender))
                    .withContext(ContextJson.read(top.object("context", ContextJson.FIELDS), problems));
        }
        List<PrimarySource> sources =
                new ArrayList<>(listOf(ReporterJson.read(top.object("reporter", ReporterJson.FIELDS))));
        sources.addAll(top.array(
                "otherReporters", (node, at) -> ReporterJson.read(element(node, at, ReporterJson.FIELDS, problems))));
        Patient patient = PatientJson.read(top.object("patient", PatientJson.FIELDS), problems);
        List<Product> products = top.array(
                "products",
                IndividualCaseSafetyReport.MAX_PRODUCTS,
                (node, at) -> product(element(node, at, PRODUCT, problems), problems));
        List<Reaction> reactions = top.array(
                "reactions",
                IndividualCaseSafetyReport.MAX_REACTIONS,
                (node, at) -> reaction(element(node, at, REACTION, problems), problems));
        List<TestResult> tests = top.array(
                "tests",
                IndividualCaseSafetyReport.MAX_TESTS,
                (node, at) -> TestJson.read(element(node, at, TestJson.FIELDS, problems), problems));
        String narrative = top.text("narrative");
        if (id == null || !problems.isEmpty()) {
            return null;
        }
        CaseComments comments = CommentsJson.read(top.object("comments", CommentsJson.FIELDS), problems);
        return top.accept(
                IndividualCaseSafetyReport.of(id, sources, patient, reactions, products, tests, narrative, comments));
    }

    /** C.1.9.1.r.2 is 100AN, as C.1.1 is. */
    private static String otherCaseId(JsonNode node, String at, List<Problem> problems) {
        if (!node.isString() || node.asString().isBlank()) {
            problems.add(new Problem(
                    ProblemCode.WRONG_TYPE, at, "expected a case identifier, got " + JsonFields.shown(node)));
            return null;
        }
        if (!TextCharacters.allowed(node.asString())) {
            problems.add(new Problem(ProblemCode.CONTROL_CHARACTER, at, "expected text without control characters"));
            return null;
        }
        if (node.asString().strip().length() > 100) {
            problems.add(new Problem(ProblemCode.TOO_LONG, at, "expected at most 100 characters"));
            return null;
        }
        return node.asString().strip();
    }

    private static Nullification nullification(JsonFields top) {
        JsonFields fields = top.object("nullification", NULLIFICATION);
        if (fields == null) {
            return null;
        }
        Nullification.Kind kind = fields.code("kind", Nullification.Kind.class);
        String reason = fields.text("reason");
        return kind == null || reason == null ? null : new Nullification(kind, reason);
    }

    private static Product product(JsonFields fields, List<Problem> problems) {
        if (fields == null) {
            return null;
        }
        JsonFields dose = fields.object("dose", DOSE);
        Dose d = dose == null ? null : new Dose(dose.decimal("value"), dose.text("unit"), dose.text("text"));
        ProductRole role = fields.code("role", ProductRole.class);
        JsonFields sent = fields.object("routeAsReported", TERM_AS_SENT);
        return fields.accept(Product.of(
                role,
                fields.text("name"),
                fields.code("type", ProductType.class),
                fields.text("lot"),
                fields.code("route", Route.class),
                fields.text("provider"),
                d,
                fields.date("startedOn"),
                termAsSent(sent),
                DrugDetailsJson.read(fields.object("details", DrugDetailsJson.FIELDS), problems)));
    }

    private static Reaction reaction(JsonFields fields, List<Problem> problems) {
        if (fields == null) {
            return null;
        }
        JsonFields coded = fields.object("coded", CODED);
        CodedTerm term = coded == null ? null : codedTerm(coded, problems);
        List<SeriousnessCriterion> criteria =
                fields.array("seriousness", (node, at) -> fields.code(node, at, SeriousnessCriterion.class));
        return fields.accept(Reaction.of(
                fields.text("term"),
                term,
                fields.date("onset"),
                fields.code("outcome", ReactionOutcome.class),
                Set.copyOf(criteria),
                reactionDetails(fields.object("details", REACTION_DETAILS), problems)));
    }

    /**
     * {@code reactions[].details}: E.i.1.1b language, E.i.1.2 translation, E.i.3.1, E.i.5 end, E.i.8,
     * FDA.E.i.3.2h, why E.i.4 is missing, and FHIR's severity and categories.
     */
    private static ReactionDetails reactionDetails(JsonFields details, List<Problem> problems) {
        return details == null
                ? null
                : ReactionDetails.of(
                        details.text("language"),
                        details.text("translation"),
                        details.code("highlighting", Highlighting.class),
                        details.partialDate("endedOn"),
                        details.bool("medicallyConfirmed"),
                        details.bool("requiredIntervention"),
                        details.code("onsetUnknown", NullFlavor.class),
                        details.code("severity", Severity.class),
                        details
                                .array("categories", (node, at) -> {
                                    JsonFields coded = element(node, at, CODED, problems);
                                    return coded == null ? null : codedTerm(coded, problems);
                                })
                                .stream()
                                .filter(Objects::nonNull)
                                .toList(),
                        details.partialDate("onsetAsSent"),
                        details.text("country"));
    }

    private static <T> List<T> listOf(T item) {
        return item == null ? List.of() : List.of(item);
    }

    /** A field sent in a bad format is also "missing" to the model; saying it twice helps no one. */
    private static List<Problem> withoutEchoes(List<Problem> problems) {
        Set<String> faulty = problems.stream()
                .filter(p -> p.code() != ProblemCode.MISSING)
                .map(Problem::path)
                .collect(Collectors.toSet());
        return problems.stream()
                .filter(p -> p.code() != ProblemCode.MISSING || !faulty.contains(p.path()))
                .toList();
    }

    /** The report as JSON in the same format {@link #read} accepts; absent values are left out. */
    public static String write(IndividualCaseSafetyReport report) {
        return MAPPER.writeValueAsString(tree(report));
    }

    public static ObjectNode tree(IndividualCaseSafetyReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ReportIdentification id = report.identification();
        root.put("senderReportId", id.senderReportId());
        root.put("worldwideUniqueId", id.worldwideUniqueId());
        root.put("version", id.version());
        root.put("receivedOn", id.receivedOn().toString());
        root.put("mostRecentInfoOn", id.mostRecentInfoOn().toString());
        root.put("reportType", id.type().code());
        putText(root, "country", id.occurrenceCountry());
        if (id.nullification() != null) {
            root.putObject("nullification")
                    .put("kind", id.nullification().kind().code())
                    .put("reason", id.nullification().reason());
        }
        if (!id.otherCaseIds().isEmpty()) {
            id.otherCaseIds().forEach(root.withArray("otherCaseIds")::add);
        }
        if (!report.primarySources().isEmpty()) {
            ReporterJson.write(
                    root.putObject("reporter"), report.primarySources().getFirst());
        }
        if (id.sender() != null) {
            SenderJson.write(root.putObject("sender"), id.sender());
        }
        if (id.context() != null) {
            ContextJson.write(root.putObject("context"), id.context());
        }
        if (report.primarySources().size() > 1) {
            ArrayNode others = root.putArray("otherReporters");
            report.primarySources().stream().skip(1).forEach(source -> ReporterJson.write(others.addObject(), source));
        }
        PatientJson.write(root.putObject("patient"), report.patient());
        report.products().forEach(p -> writeProduct(root.withArray("products").addObject(), p));
        report.reactions()
                .forEach(r -> writeReaction(root.withArray("reactions").addObject(), r));
        report.tests().forEach(t -> TestJson.write(root.withArray("tests").addObject(), t));
        putText(root, "narrative", report.narrative());
        if (report.comments() != null) {
            CommentsJson.write(root.putObject("comments"), report.comments());
        }
        return root;
    }

    private static void writeProduct(ObjectNode node, Product product) {
        node.put("role", product.role().code());
        node.put("name", product.name());
        putText(node, "type", product.type() == null ? null : product.type().code());
        putText(node, "lot", product.lot());
        putText(node, "route", product.route() == null ? null : product.route().code());
        writeTermAsSent(node, "routeAsReported", product.routeAsReported());
        putText(node, "provider", product.provider());
        if (product.details() != null) {
            DrugDetailsJson.write(node.putObject("details"), product.details());
        }
        if (product.dose() != null) {
            ObjectNode dose = node.putObject("dose");
            if (product.dose().value() != null) dose.put("value", product.dose().value());
            putText(dose, "unit", product.dose().unit());
            putText(dose, "text", product.dose().text());
        }
        putText(
                node,
                "startedOn",
                product.startedOn() == null ? null : product.startedOn().toString());
    }

    private static void writeReaction(ObjectNode node, Reaction reaction) {
        putText(node, "term", reaction.term());
        if (reaction.codedTerm() != null) {
            writeCoded(node, reaction.codedTerm());
        }
        putText(
                node,
                "onset",
                reaction.onset() == null ? null : reaction.onset().toString());
        putText(
                node,
                "outcome",
                reaction.outcome() == null ? null : reaction.outcome().code());
        ArrayNode seriousness = node.putArray("seriousness");
        reaction.seriousness().stream().sorted().forEach(c -> seriousness.add(c.code()));
        ReactionDetails details = reaction.details();
        if (details != null) {
            ObjectNode d = node.putObject("details");
            putText(d, "language", details.language());
            putText(d, "translation", details.translation());
            putText(
                    d,
                    "highlighting",
                    details.highlighting() == null
                            ? null
                            : details.highlighting().code());
            putText(
                    d,
                    "endedOn",
                    details.endedOn() == null ? null : details.endedOn().iso());
            putText(
                    d,
                    "onsetAsSent",
                    details.onsetAsSent() == null ? null : details.onsetAsSent().iso());
            putText(d, "country", details.country());
            if (details.medicallyConfirmed() != null) {
                d.put("medicallyConfirmed", details.medicallyConfirmed());
            }
            if (details.requiredIntervention() != null) {
                d.put("requiredIntervention", details.requiredIntervention());
            }
            putText(
                    d,
                    "onsetUnknown",
                    details.onsetUnknown() == null
                            ? null
                            : details.onsetUnknown().code());
            putText(
                    d,
                    "severity",
                    details.severity() == null ? null : details.severity().code());
            if (!details.categories().isEmpty()) {
                ArrayNode categories = d.putArray("categories");
                for (CodedTerm category : details.categories()) {
                    ObjectNode c = categories.addObject().put("terminology", category.terminology());
                    putText(c, "version", category.version());
                    c.put("code", category.code());
                }
            }
        }
    }

    /**
     * The assessment part of the {@code 201 Created} body of {@code spec/report.md}: {@code valid} and
     * the minimum criteria, {@code seriousness}, {@code dayZero}, {@code deadlines} (each: regime, due
     * date, basis, and whether it is legal or voluntary) and the clock's notes (coded, see {@link ClockNoteJson}). The application adds
     * {@code id}.
     */
    public static ObjectNode assessment(Validity validity, ClockReading clock) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("valid", validity.isValid());
        ArrayNode criteria = root.putArray("minimumCriteria");
        for (CriterionCheck check : validity.checks()) {
            criteria.addObject()
                    .put("criterion", check.criterion().code())
                    .put("met", check.met())
                    .put("reason", check.reason());
        }
        ArrayNode seriousness = root.putArray("seriousness");
        clock.seriousness().criteria().stream().sorted().forEach(c -> seriousness.add(c.code()));
        root.put("serious", clock.seriousness().isSerious());
        putText(
                root,
                "dayZero",
                clock.dayZero() == null ? null : clock.dayZero().toString());
        ArrayNode deadlines = root.putArray("deadlines");
        clock.deadlines().forEach(d -> writeDeadline(deadlines.addObject(), d));
        ArrayNode notes = root.putArray("notes");
        clock.notes().forEach(note -> ClockNoteJson.write(notes.addObject(), note));
        return root;
    }

    private static void writeDeadline(ObjectNode node, Deadline deadline) {
        node.put("regime", deadline.regime());
        node.put("duty", deadline.dutyId());
        node.put("recipient", deadline.recipient());
        putText(
                node,
                "dueOn",
                deadline.dueOn() == null ? null : deadline.dueOn().toString());
        node.put("kind", deadline.kind());
        node.put("because", deadline.because());
        ObjectNode basis =
                node.putObject("basis").put("source", deadline.basis().source());
        putText(basis, "url", deadline.basis().url());
        basis.put("status", deadline.basis().status());
    }
}
