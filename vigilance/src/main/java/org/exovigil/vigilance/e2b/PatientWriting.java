package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;

import java.util.List;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Death;
import org.exovigil.vigilance.model.MedicalCondition;
import org.exovigil.vigilance.model.MedicalHistory;
import org.exovigil.vigilance.model.MedicalRecordNumbers;
import org.exovigil.vigilance.model.PastDrug;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportedTerm;
import org.exovigil.vigilance.model.Sex;

/** Writes section D, the patient, as {@link PatientReading} reads it (the ICH E2B(R3) IG layout). */
final class PatientWriting {

    private final XmlWriter x;

    PatientWriting(XmlWriter x) {
        this.x = x;
    }

    /** Section D, with C.5 the study beside the patient when there was one. */
    void patient(Patient patient, ReportContext.Study study) {
        x.start("player1", "classCode", "PSN", "determinerCode", "INSTANCE");
        if (patient.initials() == null) {
            x.empty("name", "nullFlavor", "UNK");
        } else {
            x.text("name", patient.initials()); // D.1
        }
        person(patient);
        if (patient.parent() != null) {
            parent(patient.parent());
        }
        x.end();
        if (study != null) {
            ContextElements.writeStudy(x, study);
        }
        subjects(patient);
    }

    /** D.10: the parent, as a role of the patient's person, with the same elements as a patient's. */
    private void parent(Patient parent) {
        x.start("role", "classCode", "PRS");
        x.empty("code", "code", "PRN", "codeSystem", HL7_ROLE_CODE);
        x.start("associatedPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
        if (parent.initials() != null) {
            x.text("name", parent.initials()); // D.10.1
        }
        person(parent);
        x.end();
        subjects(parent);
        x.end();
    }

    /** Sex, birth and death of a person (D.5, D.2.1, D.9.1; D.10.6, D.10.2.1). */
    private void person(Patient patient) {
        if (patient.sex() == Sex.UNKNOWN) {
            x.empty("administrativeGenderCode", "nullFlavor", "UNK");
        } else if (patient.sex() != null) {
            x.empty(
                    "administrativeGenderCode",
                    "code",
                    patient.sex() == Sex.MALE ? "1" : "2",
                    "codeSystem",
                    ISO_SEX); // D.5
        }
        if (patient.birthDate() != null) {
            x.empty("birthTime", "value", patient.birthDate().value()); // D.2.1, to the precision known
        }
        Death death = patient.death();
        if (death != null && death.date() != null) {
            x.empty("deceasedTime", "value", death.date().value()); // D.9.1
        }
        MedicalRecordNumbers numbers = patient.recordNumbers();
        if (numbers != null) {
            recordNumber(numbers.gp(), D_1_1_1_GP_RECORD, "1"); // D.1.1.1
            recordNumber(numbers.specialist(), D_1_1_2_SPECIALIST_RECORD, "2"); // D.1.1.2
            recordNumber(numbers.hospital(), D_1_1_3_HOSPITAL_RECORD, "3"); // D.1.1.3
            recordNumber(numbers.investigation(), D_1_1_4_INVESTIGATION, "4"); // D.1.1.4
        }
    }

    private void recordNumber(String number, String root, String kind) {
        if (number != null) {
            x.start("asIdentifiedEntity", "classCode", "IDENT");
            x.empty("id", "root", root, "extension", number);
            x.empty("code", "code", kind, "codeSystem", D_1_1_RECORD_KIND);
            x.end();
        }
    }

    /** What a person's subjects hold: age, weight, height, last period, regional, death, history, past drugs. */
    private void subjects(Patient patient) {
        Death death = patient.death();
        Quantity sentAge = patient.ageAsSentForAge();
        if (sentAge != null) {
            patientObservation(
                    OBS_AGE,
                    "age",
                    "xsi:type",
                    "PQ",
                    "value",
                    sentAge.value().toPlainString(),
                    "unit",
                    sentAge.unit()); // D.2.2a/b as sent
        } else if (patient.ageYears() != null) {
            patientObservation(
                    OBS_AGE,
                    "age",
                    "xsi:type",
                    "PQ",
                    "value",
                    patient.ageYears().toString(),
                    "unit",
                    AGE_YEARS); // D.2.2a/b
        }
        Quantity gestation = patient.gestationAtOnset();
        if (gestation != null) {
            patientObservation(
                    OBS_GESTATION_PERIOD,
                    "gestationPeriod",
                    "xsi:type",
                    "PQ",
                    "value",
                    gestation.value() == null ? null : gestation.value().toPlainString(),
                    "unit",
                    gestation.unit()); // D.2.2.1a/b
        }
        if (patient.ageGroup() != null) {
            patientObservation(
                    OBS_AGE_GROUP,
                    "ageGroup",
                    "xsi:type",
                    "CE",
                    "code",
                    Integer.toString(patient.ageGroup().e2bCode()),
                    "codeSystem",
                    D_2_3_AGE_GROUP);
        }
        if (patient.weightKg() != null) {
            patientObservation(
                    OBS_BODY_WEIGHT,
                    "bodyWeight",
                    "xsi:type",
                    "PQ",
                    "value",
                    patient.weightKg().toPlainString(),
                    "unit",
                    KILOGRAM); // D.3
        }
        if (patient.heightCm() != null) {
            patientObservation(
                    OBS_HEIGHT,
                    "height",
                    "xsi:type",
                    "PQ",
                    "value",
                    patient.heightCm().toPlainString(),
                    "unit",
                    CENTIMETRE); // D.4
        }
        for (String race : patient.race()) {
            regional(FDA_RACE, race); // FDA.D.11.r
        }
        if (patient.ethnicity() != null) {
            regional(FDA_ETHNICITY, patient.ethnicity()); // FDA.D.12
        }
        if (patient.lastMenstrualPeriod() != null) {
            patientObservation(
                    OBS_LAST_MENSTRUAL_PERIOD,
                    "lastMenstrualPeriodDate",
                    "xsi:type",
                    "TS",
                    "value",
                    patient.lastMenstrualPeriod().value()); // D.6
        }
        if (death != null) {
            death(death);
        }
        if (patient.history() != null) {
            history(patient.history());
        }
        if (!patient.drugHistory().isEmpty()) {
            drugHistory(patient.drugHistory());
        }
    }

    /** D.8.r: each past drug with its identifier, dates, indication and reaction. */
    private void drugHistory(List<PastDrug> drugs) {
        x.start("subjectOf2", "typeCode", "SBJ");
        x.start("organizer", "classCode", "CATEGORY", "moodCode", "EVN");
        x.empty("code", "code", GROUP_DRUG_HISTORY, "codeSystem", VALUE_GROUPING);
        for (PastDrug drug : drugs) {
            x.start("component", "typeCode", "COMP");
            x.start("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN");
            if (drug.startedOn() != null || drug.endedOn() != null) {
                x.start("effectiveTime", "xsi:type", "IVL_TS");
                if (drug.startedOn() != null) {
                    x.empty("low", "value", drug.startedOn().value()); // D.8.r.4
                }
                if (drug.endedOn() != null) {
                    x.empty("high", "value", drug.endedOn().value()); // D.8.r.5
                }
                x.end();
            }
            x.start("consumable", "typeCode", "CSM").start("instanceOfKind", "classCode", "INST");
            x.start("kindOfProduct", "classCode", "MMAT", "determinerCode", "KIND");
            if (drug.productId() != null) {
                x.empty(
                        "code",
                        "code",
                        drug.productId().code(),
                        "codeSystem",
                        drug.productId().terminology(),
                        "codeSystemVersion",
                        drug.productId().version()); // D.8.r.2
            }
            if (drug.name() != null) {
                x.text("name", drug.name()); // D.8.r.1
            }
            x.end().end().end();
            if (drug.indication() != null) {
                pastDrugObservation("RSON", OBS_INDICATION, drug.indication()); // D.8.r.6
            }
            if (drug.reaction() != null) {
                pastDrugObservation("CAUS", OBS_REACTION, drug.reaction()); // D.8.r.7
            }
            x.end().end();
        }
        x.end().end();
    }

    private void pastDrugObservation(String typeCode, String code, CodedTerm meddra) {
        related(
                typeCode,
                code,
                () -> x.empty(
                        "value",
                        "xsi:type",
                        "CE",
                        "code",
                        meddra.code(),
                        "codeSystem",
                        MEDDRA,
                        "codeSystemVersion",
                        meddra.version()));
    }

    /** An FDA regional observation of the patient, code and value both from the NCI Thesaurus (or a null flavour). */
    private void regional(String code, String value) {
        x.start("subjectOf2", "typeCode", "SBJ");
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", NCI_THESAURUS);
        x.empty("value", ElementValues.withType("CE", ElementValues.codeOrNullFlavor(value, NCI_THESAURUS)));
        x.end().end();
    }

    /** D.9.2.r reported causes, and D.9.3 autopsy with the D.9.4.r causes it found. */
    private void death(Death death) {
        for (ReportedTerm cause : death.reportedCauses()) {
            x.start("subjectOf2", "typeCode", "SBJ");
            x.start("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", OBS_REPORTED_CAUSE_OF_DEATH, "codeSystem", OBSERVATION);
            term(cause);
            x.end().end();
        }
        if (death.autopsy() != null || !death.autopsyCauses().isEmpty()) {
            x.start("subjectOf2", "typeCode", "SBJ");
            x.start("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", OBS_AUTOPSY, "codeSystem", OBSERVATION);
            bool(death.autopsy());
            for (ReportedTerm cause : death.autopsyCauses()) {
                x.start("outboundRelationship2", "typeCode", "DRIV");
                x.start("observation", "classCode", "OBS", "moodCode", "EVN");
                x.empty("code", "code", OBS_CAUSE_OF_DEATH, "codeSystem", OBSERVATION);
                term(cause);
                x.end().end();
            }
            x.end().end();
        }
    }

    /** D.7: the conditions (D.7.1.r), the history in words (D.7.2) and concomitant therapies (D.7.3). */
    private void history(MedicalHistory history) {
        x.start("subjectOf2", "typeCode", "SBJ");
        x.start("organizer", "classCode", "CATEGORY", "moodCode", "EVN");
        x.empty("code", "code", GROUP_MEDICAL_HISTORY, "codeSystem", VALUE_GROUPING);
        for (MedicalCondition condition : history.conditions()) {
            condition(condition);
        }
        if (history.text() != null) {
            component(OBS_HISTORY_TEXT, () -> x.text("value", history.text(), "xsi:type", "ED"));
        }
        if (history.concomitantTherapies() != null) {
            component(OBS_CONCOMITANT_THERAPY, () -> bool(history.concomitantTherapies()));
        }
        x.end().end();
    }

    private void condition(MedicalCondition c) {
        x.start("component", "typeCode", "COMP");
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty(
                "code",
                "code",
                c.coded().code(),
                "codeSystem",
                MEDDRA,
                "codeSystemVersion",
                c.coded().version());
        if (c.startedOn() != null || c.endedOn() != null) {
            x.start("effectiveTime", "xsi:type", "IVL_TS");
            if (c.startedOn() != null) {
                x.empty("low", "value", c.startedOn().value()); // D.7.1.r.2
            }
            if (c.endedOn() != null) {
                x.empty("high", "value", c.endedOn().value()); // D.7.1.r.4
            }
            x.end();
        }
        if (c.comments() != null) {
            related("COMP", OBS_COMMENT, () -> x.text("value", c.comments(), "xsi:type", "ED")); // D.7.1.r.5
        }
        if (c.familyHistory() != null) {
            related("EXPL", OBS_FAMILY_HISTORY, () -> bool(c.familyHistory())); // D.7.1.r.6
        }
        if (c.continuing() != null) {
            x.start("inboundRelationship", "typeCode", "REFR");
            x.start("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", OBS_CONTINUING, "codeSystem", OBSERVATION);
            bool(c.continuing()); // D.7.1.r.3
            x.end().end();
        }
        x.end().end();
    }

    private void component(String code, Runnable value) {
        x.start("component", "typeCode", "COMP");
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", OBSERVATION);
        value.run();
        x.end().end();
    }

    private void related(String typeCode, String code, Runnable value) {
        x.start("outboundRelationship2", "typeCode", typeCode);
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", OBSERVATION);
        value.run();
        x.end().end();
    }

    private void term(ReportedTerm term) {
        term(x, term);
    }

    /** A reported term as a CE: its MedDRA code when coded, and the reporter's words as originalText. */
    static void term(XmlWriter x, ReportedTerm term) {
        if (term.coded() == null) {
            x.start("value", "xsi:type", "CE");
        } else {
            x.start(
                    "value",
                    "xsi:type",
                    "CE",
                    "code",
                    term.coded().code(),
                    "codeSystem",
                    MEDDRA,
                    "codeSystemVersion",
                    term.coded().version());
        }
        if (term.text() != null) {
            x.text("originalText", term.text());
        }
        x.end();
    }

    private void bool(Boolean value) {
        if (value == null) {
            x.empty("value", "xsi:type", "BL", "nullFlavor", "NI");
        } else {
            x.empty("value", "xsi:type", "BL", "value", value.toString());
        }
    }

    private void patientObservation(String code, String displayName, String... value) {
        x.start("subjectOf2", "typeCode", "SBJ");
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", OBSERVATION, "displayName", displayName);
        x.empty("value", value);
        x.end().end();
    }
}
