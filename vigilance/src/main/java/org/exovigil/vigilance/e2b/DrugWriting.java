package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.E2bWriter.date;

import java.util.List;
import java.util.function.IntFunction;
import org.exovigil.vigilance.model.Authorisation;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.FdaDrugDetails;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.Relatedness;
import org.exovigil.vigilance.model.ReportedTerm;
import org.exovigil.vigilance.model.Substance;
import org.exovigil.vigilance.model.TermAsSent;

/**
 * Writes one G.k drug as {@link DrugReading} reads it: its identifier, name, authorisation and substances
 * (G.k.2-3), the country where it was obtained (G.k.2.4), its one dosage (G.k.4.r), Exovigil's product type
 * and provider, its indications (G.k.7.r) and the action taken (G.k.8).
 */
final class DrugWriting {

    private final XmlWriter x;

    DrugWriting(XmlWriter x) {
        this.x = x;
    }

    /** One drug; {@code reactionId} gives the id of the report's reaction at a position (G.k.9.i.1). */
    void product(Product product, String productId, IntFunction<String> reactionId) {
        x.start("component", "typeCode", "COMP");
        x.start("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN");
        x.empty("id", "root", productId);
        x.start("consumable", "typeCode", "CSM");
        x.start("instanceOfKind", "classCode", "INST");
        DrugDetails details = product.details();
        x.start("kindOfProduct", "classCode", "MMAT", "determinerCode", "KIND");
        if (details != null && details.productId() != null) {
            CodedTerm id = details.productId();
            x.empty(
                    "code",
                    "code",
                    id.code(),
                    "codeSystem",
                    id.terminology(),
                    "codeSystemVersion",
                    id.version()); // G.k.2.1
        }
        x.text("name", product.name()); // G.k.2.2
        FdaDrugDetails fda = details == null ? null : details.fda();
        String category = fda == null ? null : fda.specializedCategory();
        if (details != null && (details.authorisation() != null || category != null)) {
            manufacturedProduct(details.authorisation(), category);
        }
        if (details != null) {
            details.substances().forEach(this::ingredient);
        }
        if (fda != null) {
            DeviceElements.write(x, fda.devices()); // FDA.G.k.12.r
        }
        x.end();
        if (details != null && details.obtainedIn() != null) {
            x.start("subjectOf", "typeCode", "SBJ");
            x.start("productEvent", "classCode", "ACT", "moodCode", "EVN");
            x.empty("code", "code", PRODUCT_EVENT_RETAIL_SUPPLY, "codeSystem", PRODUCT_EVENT);
            x.start("performer", "typeCode", "PRF").start("assignedEntity", "classCode", "ASSIGNED");
            x.start("representedOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
            x.start("addr").text("country", details.obtainedIn()).end(); // G.k.2.4
            x.end().end().end().end().end();
        }
        x.end().end();
        if (details != null) {
            for (Relatedness relatedness : details.relatedness()) {
                interval("SAS", relatedness.startInterval(), reactionId.apply(relatedness.reaction())); // G.k.9.i.3.1
                interval(
                        "SAE", relatedness.lastDoseInterval(), reactionId.apply(relatedness.reaction())); // G.k.9.i.3.2
            }
        }
        if (details != null && !details.dosages().isEmpty()) {
            details.dosages().forEach(dosage -> DosageElements.write(x, dosage)); // G.k.4.r, each as sent
        } else if (hasDosage(product)) {
            dosage(product);
        }
        if (product.type() != null) {
            x.start("outboundRelationship2", "typeCode", "REFR");
            x.start("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", EXT_PRODUCT_TYPE, "codeSystem", EXOVIGIL);
            x.empty("value", "xsi:type", "CE", "code", product.type().code(), "codeSystem", EXOVIGIL_PRODUCT_TYPES);
            x.end().end();
        }
        if (product.provider() != null) {
            MessageWriting.extension(x, EXT_PROVIDER, "ST", product.provider(), "REFR");
        }
        if (details != null) {
            drugObservations(details, reactionId);
        }
        if (details != null) {
            for (ReportedTerm indication : details.indications()) {
                indication(indication);
            }
            if (details.actionTaken() != null) {
                x.start("inboundRelationship", "typeCode", "CAUS");
                x.start("act", "classCode", "ACT", "moodCode", "EVN");
                x.empty(
                        "code",
                        "code",
                        Integer.toString(details.actionTaken().e2bCode()),
                        "codeSystem",
                        ACTION_TAKEN); // G.k.8
                x.end().end();
            }
        }
        x.end().end();
    }

    /** G.k.9.i.3: a time interval to the start of a reaction, pointing at the reaction. */
    private void interval(String typeCode, Quantity interval, String reaction) {
        if (interval == null) {
            return;
        }
        x.start("outboundRelationship1", "typeCode", typeCode);
        x.empty(
                "pauseQuantity",
                "value",
                interval.value() == null ? null : interval.value().toPlainString(),
                "unit",
                interval.unit());
        x.start("actReference", "classCode", "OBS", "moodCode", "EVN")
                .empty("id", "root", reaction)
                .end();
        x.end();
    }

    /** G.k.2.5, G.k.5, G.k.6, G.k.9.i.4, G.k.10.r and G.k.11, each an observation of the drug. */
    private void drugObservations(DrugDetails d, IntFunction<String> reactionId) {
        if (d.blinded() != null) {
            observation(
                    "PERT",
                    OBS_BLINDED,
                    () -> x.empty(
                            "value", "xsi:type", "BL", "value", d.blinded().toString()));
        }
        if (d.cumulativeDose() != null) {
            observation("SUMM", OBS_CUMULATIVE_DOSE, () -> quantity(d.cumulativeDose()));
        }
        if (d.gestationExposure() != null) {
            observation("PERT", OBS_GESTATION_PERIOD, () -> quantity(d.gestationExposure()));
        }
        for (Relatedness relatedness : d.relatedness()) {
            if (relatedness.recurrence() != null) {
                observation("PERT", OBS_RECURRENCE, () -> {
                    x.empty(
                            "value",
                            "xsi:type",
                            "CE",
                            "code",
                            relatedness.recurrence(),
                            "codeSystem",
                            G_K_9_I_4_RECURRENCE); // G.k.9.i.4
                    x.start("outboundRelationship1", "typeCode", "REFR");
                    x.start("actReference", "classCode", "OBS", "moodCode", "EVN")
                            .empty("id", "root", reactionId.apply(relatedness.reaction()))
                            .end();
                    x.end();
                });
            }
        }
        for (String code : d.additionalCodes()) {
            observation(
                    "REFR",
                    OBS_CODED_DRUG_INFORMATION,
                    () -> x.empty(
                            "value",
                            "xsi:type",
                            "CE",
                            "code",
                            code,
                            "codeSystem",
                            G_K_10_ADDITIONAL_INFORMATION)); // G.k.10.r
        }
        for (String code : d.fda() == null ? List.<String>of() : d.fda().additionalCodes()) {
            observation(
                    "REFR",
                    OBS_CODED_DRUG_INFORMATION,
                    () -> x.empty(
                            "value",
                            ElementValues.withType(
                                    "CE",
                                    ElementValues.codeOrNullFlavor(code, FDA_ADDITIONAL_INFORMATION)))); // FDA.G.k.10a
        }
        if (d.additionalInfo() != null) {
            observation(
                    "REFR",
                    OBS_ADDITIONAL_DRUG_INFORMATION,
                    () -> x.text("value", d.additionalInfo(), "xsi:type", "ST")); // G.k.11
        }
        for (Integer sequence : d.fulfilledIntents()) {
            // An HL7 "fulfils" relationship to an intended administration, as FDA's Scenario 6 has it (no E2B number).
            x.start("outboundRelationship2", "typeCode", "FLFS");
            x.empty("sequenceNumber", "value", sequence.toString());
            x.empty("substanceAdministration", "moodCode", "INT", "classCode", "SBADM");
            x.end();
        }
    }

    private void observation(String typeCode, String code, Runnable value) {
        x.start("outboundRelationship2", "typeCode", typeCode);
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", OBSERVATION);
        value.run();
        x.end().end();
    }

    private void quantity(Quantity q) {
        x.empty(
                "value",
                "xsi:type",
                "PQ",
                "value",
                q.value() == null ? null : q.value().toPlainString(),
                "unit",
                q.unit());
    }

    /** G.k.3 the authorisation (its number, holder and country), and FDA.G.k.10.1 the product's category. */
    private void manufacturedProduct(Authorisation authorisation, String specializedCategory) {
        x.start("asManufacturedProduct", "classCode", "MANU");
        if (authorisation != null) {
            x.start("subjectOf", "typeCode", "SBJ");
            x.start("approval", "classCode", "CNTRCT", "moodCode", "EVN");
            if (authorisation.number() != null) {
                x.empty("id", "root", G_K_3_1_AUTHORISATION_NUMBER, "extension", authorisation.number()); // G.k.3.1
            }
            if (authorisation.holder() != null) {
                x.start("holder", "typeCode", "HLD").start("role", "classCode", "HLD");
                x.start("playingOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
                x.text("name", authorisation.holder()); // G.k.3.3
                x.end().end().end();
            }
            if (authorisation.country() != null) {
                x.start("author", "typeCode", "AUT").start("territorialAuthority", "classCode", "TERR");
                x.start("territory", "classCode", "NAT", "determinerCode", "INSTANCE");
                x.empty("code", "code", authorisation.country(), "codeSystem", ISO_COUNTRY); // G.k.3.2
                x.end().end().end();
            }
            x.end().end();
        }
        if (specializedCategory != null) {
            x.start("subjectOf", "typeCode", "SBJ").start("characteristic", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", FDA_SPECIALIZED_CATEGORY, "codeSystem", NCI_THESAURUS);
            x.empty("value", "xsi:type", "CE", "code", specializedCategory, "codeSystem", NCI_THESAURUS);
            x.end().end();
        }
        x.end();
    }

    /** G.k.2.3.r: strength (r.3a/b) per one unit, the substance's TermID (r.2a/b) and name (r.1). */
    private void ingredient(Substance substance) {
        x.start("ingredient", "classCode", "ACTI");
        Quantity strength = substance.strength();
        if (strength != null) {
            x.start("quantity");
            x.empty(
                    "numerator",
                    "value",
                    strength.value() == null ? null : strength.value().toPlainString(),
                    "unit",
                    strength.unit());
            x.empty("denominator", "value", "1", "unit", "1");
            x.end();
        }
        x.start("ingredientSubstance", "classCode", "MMAT", "determinerCode", "KIND");
        CodedTerm id = substance.id();
        if (id != null) {
            x.empty("code", "code", id.code(), "codeSystem", id.terminology(), "codeSystemVersion", id.version());
        }
        if (substance.name() != null) {
            x.text("name", substance.name());
        }
        x.end().end();
    }

    /**
     * G.k.7.r: the indication as reported (G.k.7.r.1) and in MedDRA (G.k.7.r.2a/b), performed by the source
     * reporter as the IG's template has it.
     */
    private void indication(ReportedTerm indication) {
        x.start("inboundRelationship", "typeCode", "RSON");
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", OBS_INDICATION, "codeSystem", OBSERVATION);
        PatientWriting.term(x, indication);
        x.start("performer", "typeCode", "PRF").start("assignedEntity", "classCode", "ASSIGNED");
        x.empty("code", "code", AUTHOR_SOURCE_REPORTER, "codeSystem", AUTHOR_ROLE);
        x.end().end();
        x.end().end();
    }

    private static boolean hasDosage(Product p) {
        return p.lot() != null
                || p.route() != null
                || p.routeAsReported() != null
                || p.dose() != null
                || p.startedOn() != null;
    }

    /** G.k.4.r, one dosage: the model holds one per product. */
    private void dosage(Product product) {
        Dose dose = product.dose();
        x.start("outboundRelationship2", "typeCode", "COMP");
        x.start("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN");
        if (dose != null && dose.text() != null) {
            x.text("text", dose.text()); // G.k.4.r.8
        }
        if (product.startedOn() != null) {
            x.start("effectiveTime", "xsi:type", "IVL_TS")
                    .empty("low", "value", date(product.startedOn()))
                    .end(); // G.k.4.r.4
        }
        TermAsSent sent = product.routeAsReported();
        if (sent != null) {
            x.start(
                    "routeCode",
                    "code",
                    sent.code(),
                    "codeSystem",
                    sent.code() == null ? null : sent.codeSystem(),
                    "codeSystemVersion",
                    sent.code() == null ? null : sent.codeSystemVersion()); // G.k.4.r.10.2a/b as sent
            if (sent.text() != null) {
                x.text("originalText", sent.text()); // G.k.4.r.10.1
            }
            x.end();
        } else if (product.route() != null) {
            x.start(
                            "routeCode",
                            "code",
                            edqmRoute(product.route()),
                            "codeSystem",
                            edqmRoute(product.route()) == null ? null : EDQM_ROUTE)
                    .text("originalText", product.route().code())
                    .end(); // G.k.4.r.10.2b, G.k.4.r.10.1
        }
        if (dose != null && dose.value() != null) {
            x.empty("doseQuantity", "value", dose.value().toPlainString(), "unit", dose.unit()); // G.k.4.r.1a/b
        } else if (dose != null && dose.unit() != null) {
            x.empty("doseQuantity", "nullFlavor", "UNK", "unit", dose.unit());
        }
        if (product.lot() != null) {
            x.start("consumable", "typeCode", "CSM");
            x.start("instanceOfKind", "classCode", "INST");
            x.start("productInstanceInstance", "classCode", "MMAT", "determinerCode", "INSTANCE");
            x.text("lotNumberText", product.lot()); // G.k.4.r.7
            x.end();
            x.empty("kindOfProduct", "classCode", "MMAT", "determinerCode", "KIND");
            x.end().end();
        }
        x.end().end();
    }
}
