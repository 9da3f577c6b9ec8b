package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.ActionTaken;
import org.exovigil.vigilance.model.Authorisation;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.Relatedness;
import org.exovigil.vigilance.model.ReportedTerm;
import org.exovigil.vigilance.model.Substance;
import org.exovigil.vigilance.model.TermAsSent;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Type;

/**
 * ICH E2B(R3) G.k beyond Exovigil's own fields, from FHIR R4 as {@link DrugWriting} writes it: the relatedness of
 * each drug to each reaction from {@code suspectEntity.causality}, every dosage as sent, and the rest of {@link
 * DrugDetails} from the administration's Procedure.
 */
final class DrugDetailsReading {

    private final CaseInput input;

    DrugDetailsReading(CaseInput input) {
        this.input = input;
    }

    /**
     * G.k.9.i of every product, by the resource the suspect entity names: one assessment per suspect entity
     * with causality, intervals or recurrence, against the reaction of its AdverseEvent ({@code reactionOf}).
     */
    Map<Located, List<Relatedness>> relatedness(List<Located> events, Map<Located, Integer> reactionOf) {
        Map<Located, List<Relatedness>> found = new HashMap<>();
        for (Located at : events) {
            Integer reaction = reactionOf.get(at);
            List<AdverseEvent.AdverseEventSuspectEntityComponent> entities =
                    ((AdverseEvent) at.resource()).getSuspectEntity();
            for (int s = 0; reaction != null && s < entities.size(); s++) {
                AdverseEvent.AdverseEventSuspectEntityComponent entity = entities.get(s);
                String path = at.path() + ".suspectEntity[%d]".formatted(s);
                Quantity start = input.extensionValue(entity, EXT_TIME_TO_ONSET, Quantity.class, path);
                Quantity last = input.extensionValue(entity, EXT_TIME_SINCE_LAST_DOSE, Quantity.class, path);
                Coding recurrence = input.extensionValue(entity, EXT_RECURRENCE, Coding.class, path);
                if (!entity.hasCausality() && start == null && last == null && recurrence == null) {
                    continue;
                }
                Located product = input.follow(entity.getInstance(), at, path + ".instance");
                if (product == null) {
                    continue;
                }
                List<Relatedness.Assessment> assessments = new ArrayList<>();
                for (AdverseEvent.AdverseEventSuspectEntityCausalityComponent causality : entity.getCausality()) {
                    assessments.add(new Relatedness.Assessment(
                            causality.hasAuthor()
                                    ? blankToNull(causality.getAuthor().getDisplay())
                                    : null,
                            text(causality.getMethod()),
                            text(causality.getAssessment())));
                }
                found.computeIfAbsent(product, p -> new ArrayList<>())
                        .add(new Relatedness(
                                reaction,
                                assessments,
                                quantity(start),
                                quantity(last),
                                recurrence == null ? null : blankToNull(recurrence.getCode())));
            }
        }
        return found;
    }

    /** The drug's details; null when none were sent. */
    DrugDetails details(
            Located at,
            Procedure procedure,
            CodedTerm productId,
            List<Substance> substances,
            List<Relatedness> relatedness,
            List<org.exovigil.vigilance.model.Dosage> dosages) {
        String base = at.path();
        List<ReportedTerm> indications = new ArrayList<>();
        for (int r = 0; r < procedure.getReasonCode().size(); r++) {
            ReportedTerm indication =
                    input.reported(procedure.getReasonCode().get(r), base + ".reasonCode[%d]".formatted(r));
            if (indication != null) {
                indications.add(indication);
            }
        }
        Coding action = input.extensionValue(procedure, EXT_ACTION_TAKEN, Coding.class, base);
        BooleanType blinded = input.extensionValue(procedure, EXT_BLINDED, BooleanType.class, base);
        CodeType obtainedIn = input.extensionValue(procedure, EXT_OBTAINED_IN, CodeType.class, base);
        return DrugDetails.of(
                productId,
                substances,
                obtainedIn == null ? null : obtainedIn.getValue(),
                authorisation(procedure),
                indications,
                action == null
                        ? null
                        : input.byE2bCode(
                                ActionTaken.class,
                                ActionTaken::e2bCode,
                                action,
                                G_K_8_ACTION_TAKEN,
                                extensionPath(base, EXT_ACTION_TAKEN) + ".value"),
                relatedness,
                dosages,
                blinded == null ? null : blinded.getValue(),
                quantity(input.extensionValue(procedure, EXT_CUMULATIVE_DOSE, Quantity.class, base)),
                quantity(input.extensionValue(procedure, EXT_GESTATION_EXPOSURE, Quantity.class, base)),
                extensions(procedure, EXT_ADDITIONAL_INFORMATION_CODE).stream()
                        .filter(e -> e.getValue() instanceof Coding)
                        .map(e -> ((Coding) e.getValue()).getCode())
                        .toList(),
                procedure.hasNote() ? procedure.getNoteFirstRep().getText() : null,
                FdaDrugExtension.read(extension(procedure, FdaDrugExtension.URL)));
    }

    private static Authorisation authorisation(Procedure procedure) {
        Extension extension = extension(procedure, EXT_AUTHORISATION);
        if (extension == null) {
            return null;
        }
        return Authorisation.of(part(extension, "number"), part(extension, "country"), part(extension, "holder"));
    }

    private static String part(Extension extension, String url) {
        Extension part = extension(extension, url);
        return part == null || part.getValue() == null ? null : part.getValue().primitiveValue();
    }

    /** G.k.4.r, every dosage as sent, in order. */
    List<org.exovigil.vigilance.model.Dosage> dosages(Located at, Procedure procedure) {
        List<org.exovigil.vigilance.model.Dosage> dosages = new ArrayList<>();
        List<Extension> sent = extensions(procedure, EXT_DOSAGE_AS_SENT);
        for (int d = 0; d < sent.size(); d++) {
            String path = "%s.extension('%s')[%d].value".formatted(at.path(), EXT_DOSAGE_AS_SENT, d);
            if (sent.get(d).getValue() instanceof Dosage dosage) {
                dosages.add(dosage(dosage, path));
            } else {
                input.problem(ProblemCode.NOT_VALID_FHIR, path, "expected a valueDosage (G.k.4.r)");
            }
        }
        return dosages;
    }

    private org.exovigil.vigilance.model.Dosage dosage(Dosage dosage, String path) {
        Type amount = dosage.hasDoseAndRate() ? dosage.getDoseAndRateFirstRep().getDose() : null;
        Quantity dose = amount instanceof Quantity q ? q : null;
        Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
        Quantity interval = input.extensionValue(dosage, EXT_DOSAGE_INTERVAL, Quantity.class, path);
        if (interval == null && repeat.hasPeriod()) {
            interval = new Quantity().setValue(repeat.getPeriod());
            interval.setUnit(repeat.hasPeriodUnit() ? repeat.getPeriodUnit().toCode() : null);
        }
        Period bounds = repeat.getBounds() instanceof Period period ? period : new Period();
        Quantity duration = input.extensionValue(dosage, EXT_DOSAGE_DURATION, Quantity.class, path);
        StringType lot = input.extensionValue(dosage, EXT_LOT, StringType.class, path);
        CodeableConcept form = input.extensionValue(dosage, EXT_DOSE_FORM, CodeableConcept.class, path);
        CodeableConcept parent = input.extensionValue(dosage, EXT_PARENT_ROUTE, CodeableConcept.class, path);
        CodeType datesUnknown = input.extensionValue(dosage, EXT_DATES_UNKNOWN, CodeType.class, path);
        return new org.exovigil.vigilance.model.Dosage(
                dose == null ? null : dose.getValue(),
                dose == null ? null : blankToNull(dose.getUnit()),
                interval == null ? null : interval.getValue(),
                interval == null ? null : blankToNull(interval.getUnit()),
                input.partialDate(bounds.getStartElement(), path + ".timing.repeat.boundsPeriod.start"),
                input.partialDate(bounds.getEndElement(), path + ".timing.repeat.boundsPeriod.end"),
                duration == null ? null : duration.getValue(),
                duration == null ? null : blankToNull(duration.getUnit()),
                lot == null ? null : blankToNull(lot.getValue()),
                blankToNull(dosage.getText()),
                form == null ? null : termAsSent(form),
                dosage.hasRoute() ? termAsSent(dosage.getRoute()) : null,
                parent == null ? null : termAsSent(parent),
                datesUnknown == null ? null : NullFlavor.of(datesUnknown.getValue()));
    }

    /**
     * A term as sent: its words, and its first coding that is not Exovigil's route or the EDQM term Exovigil
     * adds beside it, with the code system back as the OID E2B names it by.
     */
    static TermAsSent termAsSent(CodeableConcept concept) {
        Coding sent = concept.getCoding().stream()
                .filter(c -> !ROUTES.equals(c.getSystem()) && !EDQM.equals(c.getSystem()))
                .findFirst()
                .orElse(new Coding());
        return TermAsSent.of(concept.getText(), sent.getCode(), codeSystemOf(sent.getSystem()), sent.getVersion());
    }

    private static org.exovigil.vigilance.model.Quantity quantity(Quantity quantity) {
        return quantity == null
                ? null
                : org.exovigil.vigilance.model.Quantity.of(quantity.getValue(), quantity.getUnit());
    }
}
