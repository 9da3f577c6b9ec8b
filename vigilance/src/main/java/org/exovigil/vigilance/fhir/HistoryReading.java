package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Death;
import org.exovigil.vigilance.model.MedicalCondition;
import org.exovigil.vigilance.model.MedicalHistory;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.PastDrug;
import org.exovigil.vigilance.model.ReportedTerm;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * ICH E2B(R3) D.7 to D.9 from FHIR R4, as {@link PatientWriting} writes them: the medical history (Conditions
 * and two extensions), the past drugs (MedicationStatements) and the death (deceasedDateTime and an extension).
 */
final class HistoryReading {

    private final CaseInput input;

    HistoryReading(CaseInput input) {
        this.input = input;
    }

    /**
     * D.7: the Conditions the Patient's extensions name, else those the AdverseEvents name in {@code
     * subjectMedicalHistory}, as another sender may give them.
     */
    MedicalHistory medicalHistory(Located at, Patient patient, List<Located> namedByEvents) {
        List<Located> found = input.referenced(at, patient, EXT_MEDICAL_CONDITION, Condition.class);
        List<MedicalCondition> conditions = new ArrayList<>();
        for (Located condition : found.isEmpty() ? namedByEvents : found) {
            conditions.add(condition(condition, (Condition) condition.resource()));
        }
        StringType text = input.extensionValue(patient, EXT_MEDICAL_HISTORY_TEXT, StringType.class, at.path());
        BooleanType therapies = input.extensionValue(patient, EXT_CONCOMITANT_THERAPIES, BooleanType.class, at.path());
        return MedicalHistory.of(
                conditions, text == null ? null : text.getValue(), therapies == null ? null : therapies.getValue());
    }

    private MedicalCondition condition(Located at, Condition condition) {
        String base = at.path();
        CodedTerm coded = input.coded(condition.getCode(), base + ".code.coding");
        if (coded == null && condition.getCode().hasText()) {
            input.note(base + ".code.text", "not kept: a condition is kept by its code (ICH E2B(R3) D.7.1.r.1)");
        }
        Boolean continuing = null;
        for (Coding status : condition.getClinicalStatus().getCoding()) {
            if (CONDITION_CLINICAL.equals(status.getSystem())) {
                switch (String.valueOf(status.getCode())) {
                    case "active", "recurrence", "relapse" -> continuing = true;
                    case "inactive", "remission", "resolved" -> continuing = false;
                    default -> {}
                }
            }
        }
        PartialDate ended = condition.hasAbatement()
                ? input.partialStart(condition.getAbatement(), base + ".abatement")
                : input.partialDate(
                        input.extensionValue(condition, EXT_CONDITION_END, DateType.class, base),
                        extensionPath(base, EXT_CONDITION_END) + ".value");
        BooleanType family = input.extensionValue(condition, EXT_FAMILY_HISTORY, BooleanType.class, base);
        return new MedicalCondition(
                coded,
                input.partialStart(condition.getOnset(), base + ".onset"),
                continuing,
                ended,
                condition.hasNote() ? blankToNull(condition.getNoteFirstRep().getText()) : null,
                family == null ? null : family.getValue());
    }

    /** D.8.r, the MedicationStatements the Patient's extensions name, in order. */
    List<PastDrug> pastDrugs(Located at, Patient patient) {
        List<PastDrug> drugs = new ArrayList<>();
        for (Located found : input.referenced(at, patient, EXT_PAST_DRUG, MedicationStatement.class)) {
            drugs.add(pastDrug(found, (MedicationStatement) found.resource()));
        }
        return drugs;
    }

    private PastDrug pastDrug(Located at, MedicationStatement statement) {
        String base = at.path();
        CodeableConcept medication = null;
        String medicationPath = base + ".medicationCodeableConcept";
        if (statement.getMedication() instanceof CodeableConcept concept) {
            medication = concept;
        } else if (statement.getMedication() instanceof Reference reference) {
            Located found = input.follow(reference, at, base + ".medicationReference");
            if (found != null && found.resource() instanceof Medication m) {
                medication = m.getCode();
                medicationPath = found.path() + ".code";
            }
        }
        PartialDate ended = statement.getEffective() instanceof Period period
                ? input.partialDate(period.getEndElement(), base + ".effectivePeriod.end")
                : null;
        CodeableConcept reaction = input.extensionValue(statement, EXT_PAST_DRUG_REACTION, CodeableConcept.class, base);
        return new PastDrug(
                medication == null ? null : blankToNull(medication.getText()),
                medication == null ? null : input.coded(medication, medicationPath + ".coding"),
                input.partialStart(statement.getEffective(), base + ".effective"),
                ended,
                statement.hasReasonCode()
                        ? input.coded(statement.getReasonCodeFirstRep(), base + ".reasonCode[0].coding")
                        : null,
                reaction == null
                        ? null
                        : input.coded(reaction, extensionPath(base, EXT_PAST_DRUG_REACTION) + ".value.coding"));
    }

    /** D.9: {@code deceasedDateTime} and the extension {@code death}. */
    Death death(Located at, Patient patient) {
        String base = at.path();
        PartialDate date = patient.getDeceased() instanceof DateTimeType when
                ? input.partialDate(when, base + ".deceasedDateTime")
                : null;
        List<ReportedTerm> reported = new ArrayList<>();
        List<ReportedTerm> autopsyCauses = new ArrayList<>();
        Boolean autopsy = null;
        Extension death = extension(patient, EXT_DEATH);
        String path = extensionPath(base, EXT_DEATH);
        for (Extension part : death == null ? List.<Extension>of() : death.getExtension()) {
            switch (String.valueOf(part.getUrl())) {
                case "reportedCause" -> cause(part, path, reported);
                case "autopsyCause" -> cause(part, path, autopsyCauses);
                case "autopsy" -> autopsy = part.getValue() instanceof BooleanType b ? b.getValue() : null;
                default -> input.note(extensionPath(path, part.getUrl()), "not an element of D.9; left out");
            }
        }
        Death read = Death.of(date, reported, autopsy, autopsyCauses);
        if (read == null && patient.getDeceased() instanceof BooleanType died && died.booleanValue()) {
            input.note(
                    base + ".deceasedBoolean", "not kept: a death without date, cause or autopsy says nothing of D.9");
        }
        return read;
    }

    private void cause(Extension part, String path, List<ReportedTerm> causes) {
        if (part.getValue() instanceof CodeableConcept concept) {
            ReportedTerm term = input.reported(concept, extensionPath(path, part.getUrl()) + ".value");
            if (term != null) {
                causes.add(term);
            }
        }
    }
}
