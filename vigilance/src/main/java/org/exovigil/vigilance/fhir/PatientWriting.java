package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Death;
import org.exovigil.vigilance.model.MedicalCondition;
import org.exovigil.vigilance.model.MedicalHistory;
import org.exovigil.vigilance.model.MedicalRecordNumbers;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.PastDrug;
import org.exovigil.vigilance.model.ReportedTerm;
import org.hl7.fhir.r4.model.Age;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * ICH E2B(R3) section D as FHIR R4: the patient as a Patient, each condition of the medical history (D.7.1.r)
 * as a Condition, each past drug (D.8.r) as a MedicationStatement, and the parent of a parent-child report
 * (D.10) as a second Patient with the same elements. The elements R4's Patient has are used as they are:
 * {@code name.text} (D.1, initials, never split), {@code gender} (D.5), {@code birthDate} (D.2.1), {@code
 * deceasedDateTime} (D.9.1); the rest are the extensions of {@link FhirCodes}.
 */
final class PatientWriting {

    private final CaseWriting.Sink sink;
    private final List<Reference> conditions = new ArrayList<>();

    PatientWriting(CaseWriting.Sink sink) {
        this.sink = sink;
    }

    /** The patient (and its parent), into the sink; the reference by which the case names the patient. */
    Reference write(org.exovigil.vigilance.model.Patient known) {
        return write(known, "patient");
    }

    /** The patient's own conditions, which AdverseEvent.subjectMedicalHistory names too, for any R4 reader. */
    List<Reference> conditions() {
        return conditions;
    }

    private Reference write(org.exovigil.vigilance.model.Patient known, String name) {
        Patient patient = new Patient();
        Reference self = sink.add(patient, name);
        if (known.initials() != null) {
            patient.addName().setUse(HumanName.NameUse.ANONYMOUS).setText(known.initials());
        }
        if (known.sex() != null) {
            patient.setGender(gender(known.sex()));
        }
        if (known.birthDate() != null) {
            // Patient.birthDate is a FHIR date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the case knows it.
            patient.setBirthDateElement(date(known.birthDate()));
        }
        if (known.ageYears() != null) {
            Age age = new Age();
            org.exovigil.vigilance.model.Quantity sent = known.ageAsSentForAge(); // e.g. 7 mo, as the sender said
            age.setValue(sent == null ? BigDecimal.valueOf(known.ageYears()) : sent.value())
                    .setUnit(sent == null ? "years" : sent.unit())
                    .setSystem(UCUM)
                    .setCode(sent == null ? "a" : sent.unit());
            patient.addExtension(EXT_AGE_AT_ONSET, age);
        }
        if (known.ageGroup() != null) {
            patient.addExtension(EXT_AGE_GROUP, ageGroup(known.ageGroup()));
        }
        if (known.weightKg() != null) {
            patient.addExtension(EXT_BODY_WEIGHT, ucum(known.weightKg(), "kg"));
        }
        if (known.heightCm() != null) {
            patient.addExtension(EXT_BODY_HEIGHT, ucum(known.heightCm(), "cm"));
        }
        if (known.lastMenstrualPeriod() != null) {
            patient.addExtension(EXT_LAST_MENSTRUAL_PERIOD, date(known.lastMenstrualPeriod()));
        }
        history(patient, self, known.history(), name);
        for (int d = 0; d < known.drugHistory().size(); d++) {
            patient.addExtension(
                    EXT_PAST_DRUG, sink.add(pastDrug(known.drugHistory().get(d), self), name + "-past-drug-" + d));
        }
        death(patient, known.death());
        known.race().forEach(race -> patient.addExtension(EXT_RACE, nci(race)));
        if (known.ethnicity() != null) {
            patient.addExtension(EXT_ETHNICITY, nci(known.ethnicity()));
        }
        MedicalRecordNumbers numbers = known.recordNumbers();
        if (numbers != null) {
            identifier(patient, D_1_1_1_GP_RECORD, numbers.gp());
            identifier(patient, D_1_1_2_SPECIALIST_RECORD, numbers.specialist());
            identifier(patient, D_1_1_3_HOSPITAL_RECORD, numbers.hospital());
            identifier(patient, D_1_1_4_INVESTIGATION, numbers.investigation());
        }
        if (known.gestationAtOnset() != null) {
            patient.addExtension(EXT_GESTATION_AT_ONSET, asSent(known.gestationAtOnset()));
        }
        if (known.parent() != null) {
            patient.addExtension(EXT_PARENT, write(known.parent(), "parent"));
        }
        return self;
    }

    private void history(Patient patient, Reference self, MedicalHistory history, String name) {
        if (history == null) {
            return;
        }
        for (int c = 0; c < history.conditions().size(); c++) {
            Reference condition = sink.add(condition(history.conditions().get(c), self), name + "-condition-" + c);
            patient.addExtension(EXT_MEDICAL_CONDITION, condition);
            if (name.equals("patient")) {
                conditions.add(condition.copy());
            }
        }
        if (history.text() != null) {
            patient.addExtension(EXT_MEDICAL_HISTORY_TEXT, new StringType(history.text()));
        }
        if (history.concomitantTherapies() != null) {
            patient.addExtension(EXT_CONCOMITANT_THERAPIES, new BooleanType(history.concomitantTherapies()));
        }
    }

    /**
     * D.7.1.r: continuing (D.7.1.r.3) as {@code clinicalStatus} active or resolved; the end (D.7.1.r.4) as {@code
     * abatementDateTime} when the condition is resolved, which R4's con-4 requires of an abatement, else as an
     * extension.
     */
    private static Condition condition(MedicalCondition known, Reference subject) {
        Condition condition = new Condition().setSubject(subject.copy());
        if (known.coded() != null) {
            condition.setCode(new CodeableConcept(coding(known.coded())));
        }
        if (known.startedOn() != null) {
            condition.setOnset(dateTime(known.startedOn()));
        }
        if (known.continuing() != null) {
            condition.setClinicalStatus(new CodeableConcept(
                    known.continuing()
                            ? new Coding(CONDITION_CLINICAL, "active", "Active")
                            : new Coding(CONDITION_CLINICAL, "resolved", "Resolved")));
        }
        if (known.endedOn() != null) {
            if (Boolean.FALSE.equals(known.continuing())) {
                condition.setAbatement(dateTime(known.endedOn()));
            } else {
                condition.addExtension(EXT_CONDITION_END, date(known.endedOn()));
            }
        }
        if (known.comments() != null) {
            condition.addNote().setText(known.comments());
        }
        if (known.familyHistory() != null) {
            condition.addExtension(EXT_FAMILY_HISTORY, new BooleanType(known.familyHistory()));
        }
        return condition;
    }

    /**
     * D.8.r: status {@code unknown}, as the report does not say whether the patient still takes it; the drug's
     * name (D.8.r.1) and identifier (D.8.r.2) as {@code medicationCodeableConcept}, the dates (D.8.r.4-5) as
     * {@code effectivePeriod}, the indication (D.8.r.6) as {@code reasonCode}.
     */
    private static MedicationStatement pastDrug(PastDrug drug, Reference subject) {
        MedicationStatement statement = new MedicationStatement()
                .setStatus(MedicationStatement.MedicationStatementStatus.UNKNOWN)
                .setSubject(subject.copy());
        CodeableConcept medication = new CodeableConcept().setText(drug.name());
        if (drug.productId() != null) {
            medication.addCoding(coding(drug.productId()));
        }
        if (medication.isEmpty()) {
            // medication[x] is required (1..1); a past drug known only by its dates says so.
            medication.addExtension(DATA_ABSENT_REASON, new CodeType("unknown"));
        }
        statement.setMedication(medication);
        if (drug.startedOn() != null || drug.endedOn() != null) {
            Period period = new Period();
            if (drug.startedOn() != null) {
                period.setStartElement(dateTime(drug.startedOn()));
            }
            if (drug.endedOn() != null) {
                period.setEndElement(dateTime(drug.endedOn()));
            }
            statement.setEffective(period);
        }
        if (drug.indication() != null) {
            statement.addReasonCode(concept(drug.indication()));
        }
        if (drug.reaction() != null) {
            statement.addExtension(EXT_PAST_DRUG_REACTION, concept(drug.reaction()));
        }
        return statement;
    }

    /** D.9: the date as {@code deceasedDateTime} (or {@code deceasedBoolean} without one), the causes and autopsy. */
    private static void death(Patient patient, Death death) {
        if (death == null) {
            return;
        }
        patient.setDeceased(death.date() == null ? new BooleanType(true) : dateTime(death.date()));
        Extension extension = new Extension(EXT_DEATH);
        death.reportedCauses().forEach(cause -> extension.addExtension("reportedCause", concept(cause)));
        if (death.autopsy() != null) {
            extension.addExtension("autopsy", new BooleanType(death.autopsy()));
        }
        death.autopsyCauses().forEach(cause -> extension.addExtension("autopsyCause", concept(cause)));
        if (extension.hasExtension()) {
            patient.addExtension(extension);
        }
    }

    static CodeableConcept concept(CodedTerm term) {
        return new CodeableConcept(coding(term));
    }

    /** A term as reported and coded (D.7.1.r, D.9.2.r, G.k.7.r): its words as {@code text}, its code as a coding. */
    static CodeableConcept concept(ReportedTerm term) {
        CodeableConcept concept = new CodeableConcept().setText(term.text());
        if (term.coded() != null) {
            concept.addCoding(coding(term.coded()));
        }
        return concept;
    }

    /** An FDA code in the NCI Thesaurus, or the null flavour FDA lets a sender give instead. */
    private static Coding nci(String code) {
        return new Coding(NullFlavor.of(code) != null ? NULL_FLAVOR : NCI_THESAURUS, code, null);
    }

    private static void identifier(Patient patient, String system, String value) {
        if (value != null) {
            patient.addIdentifier().setSystem(system).setValue(value);
        }
    }

    private static Quantity asSent(org.exovigil.vigilance.model.Quantity quantity) {
        Quantity fhir = new Quantity().setUnit(quantity.unit());
        return quantity.value() == null ? fhir : fhir.setValue(quantity.value());
    }

    private static Quantity ucum(BigDecimal value, String unit) {
        return new Quantity().setValue(value).setUnit(unit).setSystem(UCUM).setCode(unit);
    }

    static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    /** A date as a FHIR dateTime of day precision, which is what the case model knows. */
    static DateTimeType dateTime(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    /**
     * A partial date as a FHIR dateTime of the same precision. FHIR's dateTime gives a time of day to the second
     * (a fraction allowed) and with its zone: a time to the minute gains ":00"; a time to the hour, or without a
     * zone, is written to the day.
     */
    static DateTimeType dateTime(PartialDate date) {
        String iso = date.iso();
        if (iso.matches(".*T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[+-]\\d{2}:\\d{2}")) {
            return new DateTimeType(iso);
        }
        if (iso.matches(".*T\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}")) {
            return new DateTimeType(iso.substring(0, 16) + ":00" + iso.substring(16));
        }
        return new DateTimeType(calendarPart(iso));
    }

    /** A partial date as a FHIR date (a year, a month or a day; a time of day and a zone are left out). */
    static DateType date(PartialDate date) {
        return new DateType(calendarPart(date.iso()));
    }

    private static String calendarPart(String iso) {
        return iso.replaceFirst("(T.*|[+-]\\d{2}:\\d{2})$", "");
    }
}
