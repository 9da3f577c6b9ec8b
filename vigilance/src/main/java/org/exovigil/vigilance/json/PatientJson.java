package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Death;
import org.exovigil.vigilance.model.MedicalCondition;
import org.exovigil.vigilance.model.MedicalHistory;
import org.exovigil.vigilance.model.MedicalRecordNumbers;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.PastDrug;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.ReportedTerm;
import org.exovigil.vigilance.model.Sex;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code patient}: ICH E2B(R3) section D. The spec's {initials, ageYears, sex}, and Exovigil's ageGroup (D.2.3),
 * weightKg (D.3), birthDate (D.2.1), heightCm (D.4), lastMenstrualPeriod (D.6), history {conditions[] {coded,
 * startedOn, continuing, endedOn, comments, familyHistory}, text, concomitantTherapies} (D.7) and death {date,
 * reportedCauses[] {text, coded}, autopsy, autopsyCauses[]} (D.9) and drugHistory[] {name, productId, startedOn,
 * endedOn, indication, reaction} (D.8.r), race[] and ethnicity (FDA.D.11.r, FDA.D.12, NCI Thesaurus codes),
 * recordNumbers {gp, specialist, hospital, investigation} (D.1.1.1-4), gestationAtOnset {value, unit} (D.2.2.1),
 * ageAsSent {value, unit} (D.2.2a/b as sent when not whole years, e.g. 7 mo; ageYears is its completed years),
 * and parent (D.10), a patient object of its own.
 */
final class PatientJson {

    static final Set<String> FIELDS = Set.of(
            "initials",
            "ageYears",
            "ageGroup",
            "sex",
            "weightKg",
            "birthDate",
            "heightCm",
            "lastMenstrualPeriod",
            "history",
            "death",
            "drugHistory",
            "race",
            "ethnicity",
            "parent",
            "recordNumbers",
            "gestationAtOnset",
            "ageAsSent");
    private static final Set<String> RECORD_NUMBERS = Set.of("gp", "specialist", "hospital", "investigation");
    private static final Set<String> QUANTITY = Set.of("value", "unit");
    private static final Set<String> PAST_DRUG =
            Set.of("name", "productId", "startedOn", "endedOn", "indication", "reaction");
    private static final Set<String> HISTORY = Set.of("conditions", "text", "concomitantTherapies");
    private static final Set<String> CONDITION =
            Set.of("coded", "startedOn", "continuing", "endedOn", "comments", "familyHistory");
    private static final Set<String> DEATH = Set.of("date", "reportedCauses", "autopsy", "autopsyCauses");
    private static final Set<String> TERM = Set.of("text", "coded");

    private PatientJson() {}

    static Patient read(JsonFields fields, List<Problem> problems) {
        if (fields == null) {
            return Patient.UNKNOWN;
        }
        Patient patient = person(fields, problems);
        JsonFields parent = fields.object("parent", FIELDS);
        return patient == null || parent == null ? patient : patient.withParent(person(parent, problems));
    }

    /** A person of section D: the patient, or (the same fields) the parent of D.10. */
    private static Patient person(JsonFields fields, List<Problem> problems) {
        Quantity ageAsSent = ageAsSent(fields, problems);
        Integer ageYears = fields.integer("ageYears");
        Integer fromAsSent = Patient.completedYears(ageAsSent);
        if (ageYears == null) {
            ageYears = fromAsSent; // D.2.2a/b as sent gives the age in years
        } else if (fromAsSent != null && !fromAsSent.equals(ageYears)) {
            problems.add(new Problem(
                    ProblemCode.OUT_OF_RANGE,
                    fields.at("ageYears"),
                    "expected the completed years of ageAsSent (%d), got %d".formatted(fromAsSent, ageYears)));
        }
        Patient person = fields.accept(Patient.of(
                fields.text("initials"),
                ageYears,
                fields.code("ageGroup", AgeGroup.class),
                fields.code("sex", Sex.class),
                fields.decimal("weightKg"),
                fields.partialDate("birthDate"),
                fields.decimal("heightCm"),
                fields.partialDate("lastMenstrualPeriod"),
                history(fields.object("history", HISTORY), problems),
                death(fields.object("death", DEATH), problems),
                fields
                        .array("drugHistory", (node, at) -> pastDrug(element(node, at, PAST_DRUG, problems), problems))
                        .stream()
                        .filter(d -> d != null)
                        .toList(),
                fields.array("race", (node, at) -> node.isString() ? node.asString() : null).stream()
                        .filter(r -> r != null)
                        .toList(),
                fields.text("ethnicity")));
        JsonFields numbers = fields.object("recordNumbers", RECORD_NUMBERS);
        JsonFields gestation = fields.object("gestationAtOnset", QUANTITY);
        return person == null
                ? null
                : person.withRecords(
                                numbers == null
                                        ? null
                                        : MedicalRecordNumbers.of(
                                                numbers.text("gp"),
                                                numbers.text("specialist"),
                                                numbers.text("hospital"),
                                                numbers.text("investigation")),
                                gestation == null
                                        ? null
                                        : Quantity.of(gestation.decimal("value"), gestation.text("unit")))
                        .withAgeAsSent(ageAsSent);
    }

    /** D.2.2a/b as sent: a value in one of the IG's age units ({decade}, a, mo, wk, d, h). */
    private static Quantity ageAsSent(JsonFields fields, List<Problem> problems) {
        JsonFields age = fields.object("ageAsSent", QUANTITY);
        if (age == null) {
            return null;
        }
        Quantity sent = Quantity.of(age.decimal("value"), age.text("unit"));
        if (sent == null || sent.value() == null || Patient.completedYears(sent) == null) {
            problems.add(new Problem(
                    ProblemCode.NOT_IN_CODE_LIST,
                    age.at("unit"),
                    "expected a value in an age unit of {decade}, a, mo, wk, d or h"));
            return null;
        }
        return sent;
    }

    /** D.8.r: {name, productId, startedOn, endedOn, indication, reaction}, each code as {terminology, version, code}. */
    private static PastDrug pastDrug(JsonFields d, List<Problem> problems) {
        if (d == null) {
            return null;
        }
        return new PastDrug(
                d.text("name"),
                coded(d, "productId", problems),
                d.partialDate("startedOn"),
                d.partialDate("endedOn"),
                coded(d, "indication", problems),
                coded(d, "reaction", problems));
    }

    private static CodedTerm coded(JsonFields parent, String name, List<Problem> problems) {
        JsonFields coded = parent.object(name, CODED);
        return coded == null ? null : codedTerm(coded, problems);
    }

    private static MedicalHistory history(JsonFields history, List<Problem> problems) {
        if (history == null) {
            return null;
        }
        List<MedicalCondition> conditions =
                history.array("conditions", (node, at) -> condition(element(node, at, CONDITION, problems), problems));
        return MedicalHistory.of(
                conditions.stream().filter(c -> c != null).toList(),
                history.text("text"),
                history.bool("concomitantTherapies"));
    }

    private static MedicalCondition condition(JsonFields c, List<Problem> problems) {
        if (c == null) {
            return null;
        }
        JsonFields coded = c.object("coded", CODED);
        CodedTerm term = coded == null ? null : codedTerm(coded, problems);
        if (term == null) {
            problems.add(new Problem(
                    org.exovigil.vigilance.ProblemCode.MISSING,
                    c.at("coded"),
                    "expected the condition's MedDRA code (D.7.1.r.1b)"));
            return null;
        }
        return new MedicalCondition(
                term,
                c.partialDate("startedOn"),
                c.bool("continuing"),
                c.partialDate("endedOn"),
                c.text("comments"),
                c.bool("familyHistory"));
    }

    private static Death death(JsonFields death, List<Problem> problems) {
        if (death == null) {
            return null;
        }
        PartialDate date = death.partialDate("date");
        return Death.of(
                date,
                terms(death, "reportedCauses", problems),
                death.bool("autopsy"),
                terms(death, "autopsyCauses", problems));
    }

    private static List<ReportedTerm> terms(JsonFields parent, String name, List<Problem> problems) {
        return parent.array(name, (node, at) -> term(element(node, at, TERM, problems), problems)).stream()
                .filter(t -> t != null)
                .toList();
    }

    private static ReportedTerm term(JsonFields t, List<Problem> problems) {
        if (t == null) {
            return null;
        }
        JsonFields coded = t.object("coded", CODED);
        return ReportedTerm.of(t.text("text"), coded == null ? null : codedTerm(coded, problems));
    }

    static void write(ObjectNode node, Patient patient) {
        putText(node, "initials", patient.initials());
        if (patient.ageYears() != null) {
            node.put("ageYears", patient.ageYears());
        }
        putText(
                node,
                "ageGroup",
                patient.ageGroup() == null ? null : patient.ageGroup().code());
        putText(node, "sex", patient.sex() == null ? null : patient.sex().code());
        if (patient.weightKg() != null) {
            node.put("weightKg", patient.weightKg());
        }
        putText(node, "birthDate", text(patient.birthDate()));
        if (patient.heightCm() != null) {
            node.put("heightCm", patient.heightCm());
        }
        putText(node, "lastMenstrualPeriod", text(patient.lastMenstrualPeriod()));
        if (patient.history() != null) {
            writeHistory(node.putObject("history"), patient.history());
        }
        if (patient.death() != null) {
            writeDeath(node.putObject("death"), patient.death());
        }
        if (!patient.race().isEmpty()) {
            ArrayNode race = node.putArray("race");
            patient.race().forEach(race::add);
        }
        putText(node, "ethnicity", patient.ethnicity());
        MedicalRecordNumbers numbers = patient.recordNumbers();
        if (numbers != null) {
            ObjectNode each = node.putObject("recordNumbers");
            putText(each, "gp", numbers.gp());
            putText(each, "specialist", numbers.specialist());
            putText(each, "hospital", numbers.hospital());
            putText(each, "investigation", numbers.investigation());
        }
        writeQuantity(node, "gestationAtOnset", patient.gestationAtOnset());
        writeQuantity(node, "ageAsSent", patient.ageAsSent());
        if (patient.parent() != null) {
            write(node.putObject("parent"), patient.parent());
        }
        if (!patient.drugHistory().isEmpty()) {
            ArrayNode drugs = node.putArray("drugHistory");
            for (PastDrug drug : patient.drugHistory()) {
                ObjectNode each = drugs.addObject();
                putText(each, "name", drug.name());
                writeCoded(each, "productId", drug.productId());
                putText(each, "startedOn", text(drug.startedOn()));
                putText(each, "endedOn", text(drug.endedOn()));
                writeCoded(each, "indication", drug.indication());
                writeCoded(each, "reaction", drug.reaction());
            }
        }
    }

    private static void writeHistory(ObjectNode node, MedicalHistory history) {
        if (!history.conditions().isEmpty()) {
            ArrayNode conditions = node.putArray("conditions");
            for (MedicalCondition c : history.conditions()) {
                ObjectNode condition = conditions.addObject();
                writeCoded(condition, c.coded());
                putText(condition, "startedOn", text(c.startedOn()));
                putBoolean(condition, "continuing", c.continuing());
                putText(condition, "endedOn", text(c.endedOn()));
                putText(condition, "comments", c.comments());
                putBoolean(condition, "familyHistory", c.familyHistory());
            }
        }
        putText(node, "text", history.text());
        putBoolean(node, "concomitantTherapies", history.concomitantTherapies());
    }

    private static void writeDeath(ObjectNode node, Death death) {
        putText(node, "date", text(death.date()));
        writeTerms(node, "reportedCauses", death.reportedCauses());
        putBoolean(node, "autopsy", death.autopsy());
        writeTerms(node, "autopsyCauses", death.autopsyCauses());
    }

    private static void writeTerms(ObjectNode node, String name, List<ReportedTerm> terms) {
        if (terms.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray(name);
        for (ReportedTerm term : terms) {
            ObjectNode each = array.addObject();
            putText(each, "text", term.text());
            if (term.coded() != null) {
                writeCoded(each, term.coded());
            }
        }
    }

    private static void putBoolean(ObjectNode node, String name, Boolean value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.iso();
    }
}
