package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Function;
import org.exovigil.vigilance.model.Authorisation;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.Relatedness;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.Substance;
import org.exovigil.vigilance.model.TermAsSent;
import org.exovigil.vigilance.model.UcumUnits;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;

/**
 * ICH E2B(R3) G.k as FHIR R4, as {@link FhirWriter} describes it: the administration a Procedure, the product a
 * Medication or a BiologicallyDerivedProduct. What E2B says beyond Exovigil's own fields ({@link DrugDetails})
 * goes to R4's elements where they exist: G.k.2.1 a coding of the product's code, G.k.2.3 Medication.ingredient,
 * G.k.7.r {@code Procedure.reasonCode}, G.k.9.i {@code AdverseEvent.suspectEntity.causality}, G.k.4.r R4
 * Dosages, G.k.11 {@code Procedure.note}; the rest to the extensions of {@link FhirCodes}.
 */
final class DrugWriting {

    /** R4 Timing.repeat.periodUnit is bound (required) to these UCUM units; others go as sent in an extension. */
    private static final Set<String> TIMING_UNITS = Set.of("s", "min", "h", "d", "wk", "mo", "a");

    private final CaseWriting.Sink sink;
    private final Reference patient;
    private final Function<String, Reference> organisation;

    DrugWriting(CaseWriting.Sink sink, Reference patient, Function<String, Reference> organisation) {
        this.sink = sink;
        this.patient = patient;
        this.organisation = organisation;
    }

    /** The administration of product {@code k}, with the product itself added to the sink. */
    Procedure administration(Product product, int k) {
        Procedure procedure = new Procedure();
        procedure.setStatus(
                product.role() == ProductRole.NOT_ADMINISTERED
                        ? Procedure.ProcedureStatus.NOTDONE
                        : Procedure.ProcedureStatus.UNKNOWN);
        procedure.setCode(new CodeableConcept().setText("Administration of " + product.name()));
        procedure.setSubject(patient.copy());
        if (product.startedOn() != null) {
            procedure.setPerformed(PatientWriting.dateTime(product.startedOn()));
        }
        if (product.provider() != null) {
            procedure.addPerformer().setActor(organisation.apply(product.provider()));
        }
        DrugDetails details = product.details();
        if (product.type() == null) {
            Medication medication = new Medication();
            medication.setCode(productCode(product));
            if (product.lot() != null) {
                medication.getBatch().setLotNumber(product.lot());
            }
            if (details != null) {
                details.substances().forEach(substance -> ingredient(medication.addIngredient(), substance));
            }
            procedure.addUsedReference(sink.add(medication, "product-" + k));
        } else {
            BiologicallyDerivedProduct derived = new BiologicallyDerivedProduct();
            derived.addExtension(EXT_PRODUCT_TYPE, productType(product.type()));
            if (category(product.type()) != null) {
                derived.setProductCategory(category(product.type()));
            }
            derived.setProductCode(productCode(product));
            if (product.lot() != null) {
                derived.addIdentifier().setSystem(LOT_NUMBER).setValue(product.lot());
            }
            if (details != null) {
                details.substances().stream()
                        .filter(substance -> substance.name() != null)
                        .forEach(substance -> derived.addExtension(EXT_SUBSTANCE, new StringType(substance.name())));
            }
            procedure.addExtension(EXT_ADMINISTERED_PRODUCT, sink.add(derived, "product-" + k));
        }
        procedure.addExtension(EXT_PRODUCT_ROLE, role(product.role()));
        if (details == null || details.dosages().isEmpty()) {
            if (product.route() != null || product.dose() != null || product.routeAsReported() != null) {
                procedure.addExtension(EXT_DOSAGE, dosage(product));
            }
        } else {
            for (int d = 0; d < details.dosages().size(); d++) {
                procedure.addExtension(
                        EXT_DOSAGE_AS_SENT, asSent(details.dosages().get(d), d == 0 ? product.route() : null));
            }
        }
        if (details != null) {
            details(procedure, details);
        }
        return procedure;
    }

    /** G.k.2.2 as the text, G.k.2.1 the product's identifier as a coding. */
    private static CodeableConcept productCode(Product product) {
        CodeableConcept code = new CodeableConcept().setText(product.name());
        if (product.details() != null && product.details().productId() != null) {
            code.addCoding(coding(product.details().productId()));
        }
        return code;
    }

    private static void details(Procedure procedure, DrugDetails details) {
        if (details.obtainedIn() != null) {
            procedure.addExtension(EXT_OBTAINED_IN, new CodeType(details.obtainedIn()));
        }
        Authorisation authorisation = details.authorisation();
        if (authorisation != null) {
            Extension extension = new Extension(EXT_AUTHORISATION);
            if (authorisation.number() != null) {
                extension.addExtension("number", new StringType(authorisation.number()));
            }
            if (authorisation.country() != null) {
                extension.addExtension("country", new CodeType(authorisation.country()));
            }
            if (authorisation.holder() != null) {
                extension.addExtension("holder", new StringType(authorisation.holder()));
            }
            procedure.addExtension(extension);
        }
        details.indications().forEach(indication -> procedure.addReasonCode(PatientWriting.concept(indication)));
        if (details.actionTaken() != null) {
            procedure.addExtension(
                    EXT_ACTION_TAKEN,
                    code(G_K_8_ACTION_TAKEN, details.actionTaken().e2bCode()));
        }
        if (details.blinded() != null) {
            procedure.addExtension(EXT_BLINDED, new BooleanType(details.blinded()));
        }
        if (details.cumulativeDose() != null) {
            procedure.addExtension(EXT_CUMULATIVE_DOSE, quantity(details.cumulativeDose()));
        }
        if (details.gestationExposure() != null) {
            procedure.addExtension(EXT_GESTATION_EXPOSURE, quantity(details.gestationExposure()));
        }
        details.additionalCodes()
                .forEach(code -> procedure.addExtension(
                        EXT_ADDITIONAL_INFORMATION_CODE, new Coding(G_K_10_ADDITIONAL_INFORMATION, code, null)));
        if (details.additionalInfo() != null) {
            procedure.addNote().setText(details.additionalInfo());
        }
        if (details.fda() != null) {
            procedure.addExtension(FdaDrugExtension.write(details.fda()));
        }
    }

    /**
     * The suspect entities of one AdverseEvent for product {@code k}: one per assessment of its relatedness to
     * this reaction (G.k.9.i), with {@code causality} (G.k.9.i.2.r: source as {@code author.display}, method,
     * result as {@code assessment}) and the intervals and recurrence (G.k.9.i.3-4) as extensions; else, for a
     * suspect or interacting product, the entity alone.
     */
    static void suspectEntities(AdverseEvent event, Product product, Reference administration, int reaction) {
        boolean assessed = false;
        if (product.details() != null) {
            for (Relatedness relatedness : product.details().relatedness()) {
                if (relatedness.reaction() == reaction) {
                    suspectEntity(event, administration, relatedness);
                    assessed = true;
                }
            }
        }
        if (!assessed && product.role().isSuspected()) {
            event.addSuspectEntity().setInstance(administration.copy());
        }
    }

    private static void suspectEntity(AdverseEvent event, Reference administration, Relatedness relatedness) {
        AdverseEvent.AdverseEventSuspectEntityComponent entity =
                event.addSuspectEntity().setInstance(administration.copy());
        for (Relatedness.Assessment assessment : relatedness.assessments()) {
            AdverseEvent.AdverseEventSuspectEntityCausalityComponent causality = entity.addCausality();
            if (assessment.result() != null) {
                causality.setAssessment(new CodeableConcept().setText(assessment.result()));
            }
            if (assessment.method() != null) {
                causality.setMethod(new CodeableConcept().setText(assessment.method()));
            }
            if (assessment.source() != null) {
                causality.setAuthor(new Reference().setDisplay(assessment.source()));
            }
        }
        if (relatedness.startInterval() != null) {
            entity.addExtension(EXT_TIME_TO_ONSET, quantity(relatedness.startInterval()));
        }
        if (relatedness.lastDoseInterval() != null) {
            entity.addExtension(EXT_TIME_SINCE_LAST_DOSE, quantity(relatedness.lastDoseInterval()));
        }
        if (relatedness.recurrence() != null) {
            entity.addExtension(EXT_RECURRENCE, new Coding(G_K_9_I_4_RECURRENCE, relatedness.recurrence(), null));
        }
    }

    /** Exovigil's own dosage: the route (EDQM where exact, Exovigil's code always), dose and dosage text. */
    private static Dosage dosage(Product product) {
        Dosage dosage = new Dosage();
        Dose dose = product.dose();
        if (dose != null && dose.text() != null) {
            dosage.setText(dose.text());
        }
        if (product.route() != null || product.routeAsReported() != null) {
            dosage.setRoute(routeOf(product.routeAsReported(), product.route()));
        }
        if (dose != null && (dose.value() != null || dose.unit() != null)) {
            dosage.addDoseAndRate().setDose(quantity(dose.value(), dose.unit()));
        }
        return dosage;
    }

    /**
     * G.k.4.r as an R4 Dosage: G.k.4.r.1 {@code doseAndRate.doseQuantity}, G.k.4.r.2-3 {@code timing.repeat.period}
     * and {@code periodUnit} (R4's UCUM units; any other as sent in an extension), G.k.4.r.4-5 {@code
     * timing.repeat.boundsPeriod}, G.k.4.r.8 {@code text}, G.k.4.r.10 {@code route}; the course's duration
     * (G.k.4.r.6), lot (G.k.4.r.7), dose form (G.k.4.r.9) and parent route (G.k.4.r.11) as extensions.
     */
    private static Dosage asSent(org.exovigil.vigilance.model.Dosage sent, Route route) {
        Dosage dosage = new Dosage();
        dosage.setText(sent.text());
        if (sent.dose() != null || sent.doseUnit() != null) {
            dosage.addDoseAndRate().setDose(quantity(sent.dose(), sent.doseUnit()));
        }
        Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent();
        if (sent.interval() != null && TIMING_UNITS.contains(sent.intervalUnit())) {
            repeat.setPeriod(sent.interval()).setPeriodUnit(Timing.UnitsOfTime.fromCode(sent.intervalUnit()));
        } else if (sent.interval() != null || sent.intervalUnit() != null) {
            dosage.addExtension(EXT_DOSAGE_INTERVAL, quantity(sent.interval(), sent.intervalUnit()));
        }
        if (sent.startedOn() != null || sent.endedOn() != null) {
            Period bounds = new Period();
            if (sent.startedOn() != null) {
                bounds.setStartElement(PatientWriting.dateTime(sent.startedOn()));
            }
            if (sent.endedOn() != null) {
                bounds.setEndElement(PatientWriting.dateTime(sent.endedOn()));
            }
            repeat.setBounds(bounds);
        }
        if (!repeat.isEmpty()) {
            dosage.setTiming(new Timing().setRepeat(repeat));
        }
        if (sent.duration() != null || sent.durationUnit() != null) {
            dosage.addExtension(EXT_DOSAGE_DURATION, quantity(sent.duration(), sent.durationUnit()));
        }
        if (sent.lot() != null) {
            dosage.addExtension(EXT_LOT, new StringType(sent.lot()));
        }
        if (sent.form() != null) {
            dosage.addExtension(EXT_DOSE_FORM, concept(sent.form()));
        }
        if (sent.route() != null || route != null) {
            dosage.setRoute(routeOf(sent.route(), route));
        }
        if (sent.parentRoute() != null) {
            dosage.addExtension(EXT_PARENT_ROUTE, concept(sent.parentRoute()));
        }
        if (sent.datesUnknown() != null) {
            dosage.addExtension(
                    EXT_DATES_UNKNOWN, new CodeType(sent.datesUnknown().code()));
        }
        return dosage;
    }

    /** A route as sent (its words and code) and Exovigil's route (EDQM where exact, Exovigil's code always). */
    private static CodeableConcept routeOf(TermAsSent sent, Route route) {
        CodeableConcept concept = sent == null ? new CodeableConcept() : concept(sent);
        if (route != null) {
            String edqm = edqmRoute(route);
            if (edqm != null) {
                concept.addCoding(new Coding(EDQM, edqm, null));
            }
            concept.addCoding(FhirCodes.route(route));
        }
        return concept;
    }

    /** A term as sent: its words as {@code text}, its TermID as a coding under its code system's {@code urn:oid:}. */
    static CodeableConcept concept(TermAsSent term) {
        CodeableConcept concept = new CodeableConcept().setText(term.text());
        if (term.code() != null) {
            concept.addCoding(
                    new Coding(oidSystem(term.codeSystem()), term.code(), null).setVersion(term.codeSystemVersion()));
        }
        return concept;
    }

    /**
     * G.k.2.3.r as {@code Medication.ingredient}: the name as text, the TermID (G.k.2.3.r.2) as its coding, the
     * strength (G.k.2.3.r.3) per one unit as the ratio's numerator.
     */
    private static void ingredient(Medication.MedicationIngredientComponent ingredient, Substance substance) {
        CodeableConcept item = new CodeableConcept().setText(substance.name());
        if (substance.id() != null) {
            item.addCoding(coding(substance.id()));
        }
        ingredient.setItem(item);
        if (substance.strength() != null) {
            ingredient.setStrength(new Ratio()
                    .setNumerator(quantity(substance.strength()))
                    .setDenominator(quantity(BigDecimal.ONE, "1")));
        }
    }

    private static Quantity quantity(org.exovigil.vigilance.model.Quantity quantity) {
        return quantity(quantity.value(), quantity.unit());
    }

    /**
     * A value with its unit as sent, and coded in UCUM as well when the unit is a UCUM code (not every one sent is)
     * without annotations: UCUM ignores {@code {vial}} when comparing units, so FHIR's validator advises against it.
     */
    private static Quantity quantity(BigDecimal value, String unit) {
        Quantity quantity = new Quantity();
        if (value != null) {
            quantity.setValue(value);
        }
        if (unit != null) {
            quantity.setUnit(unit);
        }
        if (UcumUnits.isValid(unit) && !unit.contains("{")) {
            quantity.setSystem(UCUM).setCode(unit);
        }
        return quantity;
    }
}
