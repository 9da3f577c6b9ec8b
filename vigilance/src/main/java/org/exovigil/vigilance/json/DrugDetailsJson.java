package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.*;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.ActionTaken;
import org.exovigil.vigilance.model.Authorisation;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dosage;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.FdaDrugDetails;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.Relatedness;
import org.exovigil.vigilance.model.ReportedTerm;
import org.exovigil.vigilance.model.Substance;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code products[].details}: what ICH E2B(R3) G.k says of a drug beyond Exovigil's own fields, {productId
 * {terminology, version, code} (G.k.2.1), substances[] {name, id {terminology, version, code}, strength}
 * (G.k.2.3.r), obtainedIn (G.k.2.4), authorisation
 * {number, country, holder} (G.k.3), indications[] {text, coded} (G.k.7.r), actionTaken (G.k.8),
 * relatedness[] {reaction, assessments[] {source, method, result}, startInterval, lastDoseInterval, recurrence}
 * (G.k.9.i), dosages[] (G.k.4.r as sent), blinded (G.k.2.5), cumulativeDose (G.k.5), gestationExposure (G.k.6),
 * additionalCodes[] (G.k.10.r), additionalInfo (G.k.11), fda {otherRole (FDA.G.k.1.a), specializedCategory
 * (FDA.G.k.10.1), additionalCodes[] (FDA.G.k.10a), devices[] (FDA.G.k.12.r, {@link DeviceJson})}, fulfilledIntents[]
 * (the sequence numbers of HL7 FLFS relationships to an intended administration, {@link
 * DrugDetails#fulfilledIntents})}; quantities
 * as {value, unit}.
 */
final class DrugDetailsJson {

    static final Set<String> FIELDS = Set.of(
            "productId",
            "substances",
            "obtainedIn",
            "authorisation",
            "indications",
            "actionTaken",
            "relatedness",
            "dosages",
            "blinded",
            "cumulativeDose",
            "gestationExposure",
            "additionalCodes",
            "additionalInfo",
            "fda",
            "fulfilledIntents");
    private static final Set<String> FDA = Set.of("otherRole", "specializedCategory", "additionalCodes", "devices");
    private static final Set<String> SUBSTANCE = Set.of("name", "id", "strength");
    private static final Set<String> QUANTITY = Set.of("value", "unit");
    private static final Set<String> DOSAGE = Set.of(
            "dose",
            "doseUnit",
            "interval",
            "intervalUnit",
            "startedOn",
            "endedOn",
            "duration",
            "durationUnit",
            "lot",
            "text",
            "form",
            "route",
            "parentRoute",
            "datesUnknown");
    private static final Set<String> RELATEDNESS =
            Set.of("reaction", "assessments", "startInterval", "lastDoseInterval", "recurrence");
    private static final Set<String> ASSESSMENT = Set.of("source", "method", "result");
    private static final Set<String> AUTHORISATION = Set.of("number", "country", "holder");
    private static final Set<String> TERM = Set.of("text", "coded");

    private DrugDetailsJson() {}

    static DrugDetails read(JsonFields details, List<Problem> problems) {
        if (details == null) {
            return null;
        }
        JsonFields id = details.object("productId", CODED);
        JsonFields authorisation = details.object("authorisation", AUTHORISATION);
        List<ReportedTerm> indications = details
                .array("indications", (node, at) -> {
                    JsonFields term = element(node, at, TERM, problems);
                    JsonFields coded = term == null ? null : term.object("coded", CODED);
                    return term == null
                            ? null
                            : ReportedTerm.of(term.text("text"), coded == null ? null : codedTerm(coded, problems));
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
        List<Substance> substances =
                details
                        .array("substances", (node, at) -> substance(element(node, at, SUBSTANCE, problems), problems))
                        .stream()
                        .filter(Objects::nonNull)
                        .toList();
        DrugDetails read = DrugDetails.of(
                id == null ? null : codedTerm(id, problems),
                substances,
                details.text("obtainedIn"),
                authorisation == null
                        ? null
                        : Authorisation.of(
                                authorisation.text("number"),
                                authorisation.text("country"),
                                authorisation.text("holder")),
                indications,
                details.code("actionTaken", ActionTaken.class),
                details
                        .array(
                                "relatedness",
                                (node, at) -> relatedness(element(node, at, RELATEDNESS, problems), problems))
                        .stream()
                        .filter(Objects::nonNull)
                        .toList(),
                details.array("dosages", (node, at) -> dosage(element(node, at, DOSAGE, problems))).stream()
                        .filter(Objects::nonNull)
                        .toList(),
                details.bool("blinded"),
                quantity(details.object("cumulativeDose", QUANTITY)),
                quantity(details.object("gestationExposure", QUANTITY)),
                texts(details, "additionalCodes", problems),
                details.text("additionalInfo"),
                fda(details.object("fda", FDA), problems));
        List<Integer> intents = details
                .array("fulfilledIntents", (node, at) -> {
                    if (!node.isInt()) {
                        problems.add(new Problem(
                                ProblemCode.WRONG_TYPE, at, "expected a whole number, got " + JsonFields.shown(node)));
                        return null;
                    }
                    return node.asInt();
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
        return DrugDetails.withFulfilledIntents(read, intents);
    }

    /** FDA's elements of a drug: {otherRole (FDA.G.k.1.a), specializedCategory, additionalCodes[], devices[]}. */
    private static FdaDrugDetails fda(JsonFields fda, List<Problem> problems) {
        return fda == null
                ? null
                : FdaDrugDetails.of(
                        fda.text("otherRole"),
                        fda.text("specializedCategory"),
                        texts(fda, "additionalCodes", problems),
                        DeviceJson.read(fda, problems));
    }

    /** G.k.2.3.r: {name, id {terminology, version, code}, strength {value, unit}}. */
    private static Substance substance(JsonFields substance, List<Problem> problems) {
        if (substance == null) {
            return null;
        }
        JsonFields id = substance.object("id", CODED);
        return Substance.of(
                substance.text("name"),
                id == null ? null : codedTerm(id, problems),
                quantity(substance.object("strength", QUANTITY)));
    }

    private static Quantity quantity(JsonFields q) {
        return q == null ? null : Quantity.of(q.decimal("value"), q.text("unit"));
    }

    /** G.k.4.r as sent: see {@link Dosage}, each field by its name; form and routes as terms as sent. */
    private static Dosage dosage(JsonFields d) {
        return d == null
                ? null
                : new Dosage(
                        d.decimal("dose"),
                        d.text("doseUnit"),
                        d.decimal("interval"),
                        d.text("intervalUnit"),
                        d.partialDate("startedOn"),
                        d.partialDate("endedOn"),
                        d.decimal("duration"),
                        d.text("durationUnit"),
                        d.text("lot"),
                        d.text("text"),
                        termAsSent(d.object("form", TERM_AS_SENT)),
                        termAsSent(d.object("route", TERM_AS_SENT)),
                        termAsSent(d.object("parentRoute", TERM_AS_SENT)),
                        d.code("datesUnknown", NullFlavor.class));
    }

    /** G.k.9.i: {reaction (its 0-based position in reactions[]), assessments[] {source, method, result}}. */
    private static Relatedness relatedness(JsonFields r, List<Problem> problems) {
        if (r == null) {
            return null;
        }
        Integer reaction = r.integer("reaction");
        if (reaction == null || reaction < 0) {
            problems.add(new Problem(
                    ProblemCode.MISSING, r.at("reaction"), "expected the reaction's position in reactions"));
            return null;
        }
        List<Relatedness.Assessment> assessments = r
                .array("assessments", (node, at) -> {
                    JsonFields a = element(node, at, ASSESSMENT, problems);
                    return a == null
                            ? null
                            : new Relatedness.Assessment(a.text("source"), a.text("method"), a.text("result"));
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
        return new Relatedness(
                reaction,
                assessments,
                quantity(r.object("startInterval", QUANTITY)),
                quantity(r.object("lastDoseInterval", QUANTITY)),
                r.text("recurrence"));
    }

    static void write(ObjectNode node, DrugDetails details) {
        if (details.productId() != null) {
            CodedTerm id = details.productId();
            ObjectNode productId = node.putObject("productId").put("terminology", id.terminology());
            putText(productId, "version", id.version());
            productId.put("code", id.code());
        }
        if (!details.substances().isEmpty()) {
            ArrayNode substances = node.putArray("substances");
            for (Substance substance : details.substances()) {
                ObjectNode each = substances.addObject();
                putText(each, "name", substance.name());
                writeCoded(each, "id", substance.id());
                writeQuantity(each, "strength", substance.strength());
            }
        }
        putText(node, "obtainedIn", details.obtainedIn());
        Authorisation a = details.authorisation();
        if (a != null) {
            ObjectNode authorisation = node.putObject("authorisation");
            putText(authorisation, "number", a.number());
            putText(authorisation, "country", a.country());
            putText(authorisation, "holder", a.holder());
        }
        if (!details.indications().isEmpty()) {
            ArrayNode indications = node.putArray("indications");
            for (ReportedTerm indication : details.indications()) {
                ObjectNode each = indications.addObject();
                putText(each, "text", indication.text());
                if (indication.coded() != null) {
                    writeCoded(each, indication.coded());
                }
            }
        }
        putText(
                node,
                "actionTaken",
                details.actionTaken() == null ? null : details.actionTaken().code());
        if (details.blinded() != null) {
            node.put("blinded", details.blinded());
        }
        writeQuantity(node, "cumulativeDose", details.cumulativeDose());
        writeQuantity(node, "gestationExposure", details.gestationExposure());
        if (!details.additionalCodes().isEmpty()) {
            ArrayNode codes = node.putArray("additionalCodes");
            details.additionalCodes().forEach(codes::add);
        }
        putText(node, "additionalInfo", details.additionalInfo());
        if (!details.fulfilledIntents().isEmpty()) {
            ArrayNode intents = node.putArray("fulfilledIntents");
            details.fulfilledIntents().forEach(intents::add);
        }
        FdaDrugDetails fda = details.fda();
        if (fda != null) {
            ObjectNode regional = node.putObject("fda");
            putText(regional, "otherRole", fda.otherRole());
            putText(regional, "specializedCategory", fda.specializedCategory());
            if (!fda.additionalCodes().isEmpty()) {
                ArrayNode codes = regional.putArray("additionalCodes");
                fda.additionalCodes().forEach(codes::add);
            }
            DeviceJson.write(regional, fda.devices());
        }
        if (!details.dosages().isEmpty()) {
            ArrayNode dosages = node.putArray("dosages");
            details.dosages().forEach(d -> writeDosage(dosages.addObject(), d));
        }
        if (!details.relatedness().isEmpty()) {
            ArrayNode relatedness = node.putArray("relatedness");
            for (Relatedness r : details.relatedness()) {
                ObjectNode each = relatedness.addObject().put("reaction", r.reaction());
                writeQuantity(each, "startInterval", r.startInterval());
                writeQuantity(each, "lastDoseInterval", r.lastDoseInterval());
                putText(each, "recurrence", r.recurrence());
                ArrayNode assessments = each.putArray("assessments");
                for (Relatedness.Assessment opinion : r.assessments()) {
                    ObjectNode assessment = assessments.addObject();
                    putText(assessment, "source", opinion.source());
                    putText(assessment, "method", opinion.method());
                    putText(assessment, "result", opinion.result());
                }
            }
        }
    }

    private static void writeDosage(ObjectNode node, Dosage d) {
        if (d.dose() != null) {
            node.put("dose", d.dose());
        }
        putText(node, "doseUnit", d.doseUnit());
        if (d.interval() != null) {
            node.put("interval", d.interval());
        }
        putText(node, "intervalUnit", d.intervalUnit());
        putText(node, "startedOn", d.startedOn() == null ? null : d.startedOn().iso());
        putText(node, "endedOn", d.endedOn() == null ? null : d.endedOn().iso());
        if (d.duration() != null) {
            node.put("duration", d.duration());
        }
        putText(node, "durationUnit", d.durationUnit());
        putText(node, "lot", d.lot());
        putText(node, "text", d.text());
        writeTermAsSent(node, "form", d.form());
        writeTermAsSent(node, "route", d.route());
        writeTermAsSent(node, "parentRoute", d.parentRoute());
        putText(
                node,
                "datesUnknown",
                d.datesUnknown() == null ? null : d.datesUnknown().code());
    }
}
