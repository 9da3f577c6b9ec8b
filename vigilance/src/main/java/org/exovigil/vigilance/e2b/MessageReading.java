package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.at;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;
import static org.exovigil.vigilance.e2b.ElementValues.id;
import static org.exovigil.vigilance.e2b.ElementValues.valueOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Highlighting;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Sender;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.TestResult;
import org.exovigil.vigilance.model.TestResultCode;

/**
 * Reads one {@code PORR_IN049016UV} message into a report, element by element as {@link E2bWriter}
 * writes them (the ICH E2B(R3) IG layout), collecting every problem rather than stopping at the first.
 */
final class MessageReading {

    private static final Map<String, String> IDENTIFICATION_ELEMENTS = Map.of(
            "senderReportId", "C.1.1",
            "worldwideUniqueId", "C.1.8.1",
            "receivedOn", "C.1.4",
            "mostRecentInfoOn", "C.1.5",
            "country", "E.i.9",
            "version", "C.1.1 (" + EXT_CASE_VERSION + ")");
    private static final Map<String, String> REACTION_ELEMENTS = Map.of("term", "E.i.1.1a");
    private static final Map<String, String> TEST_ELEMENTS =
            Map.of("name", "F.r.2.1", "result", "F.r.3.4", "unit", "F.r.3.3");
    private static final Map<String, String> CASE_ELEMENTS = Map.of("narrative", "H.1");
    private static final Pattern REACTION_FIELD = Pattern.compile("reactions\\[(\\d+)]\\.onset");

    private final List<Problem> problems = new ArrayList<>();
    /** How many elements not taken a message's notes name one by one. */
    private static final int NOT_TAKEN_NAMED = 5;

    private final List<Problem> notes = new ArrayList<>();
    private final ElementValues values = new ElementValues(problems, notes);

    private MessageReading() {}

    /** One message of a batch sent to {@code batchReceiver} (N.1.4). */
    static IcsrMessage read(XmlElement message, String batchReceiver) {
        return new MessageReading().message(message, batchReceiver);
    }

    private IcsrMessage message(XmlElement message, String batchReceiver) {
        String messageId = blankToNull(id(message, N_2_R_1_MESSAGE_ID));
        if (messageId == null) {
            values.problem(ProblemCode.MISSING, "N.2.r.1", "expected the message identifier", message);
        }
        String sender = id(message.at("sender", "device"), N_2_R_2_MESSAGE_SENDER);
        String receiver = id(message.at("receiver", "device"), N_2_R_3_MESSAGE_RECEIVER);
        String created = valueOf(message.child("creationTime"));
        XmlElement event = message.at("controlActProcess", "subject", "investigationEvent");
        IndividualCaseSafetyReport report = null;
        if (event == null) {
            values.problem(
                    ProblemCode.MISSING,
                    "C.1",
                    "expected controlActProcess/subject/investigationEvent, which holds the case",
                    message);
        } else {
            report = report(event);
        }
        if (report != null && receiver != null && !receiver.equals(batchReceiver)) {
            // N.2.r.3 kept with the case when it says more than N.1.4 (FDA's centre and pathway: CDER_IND...), so that
            // a case passed on goes where it came by default; one that repeats N.1.4 says nothing of the case.
            report = report.withIdentification(report.identification()
                    .withContext(ReportContext.withMessageReceiver(
                            report.identification().context(), receiver)));
        }
        Checked<IndividualCaseSafetyReport> checked = report != null && problems.isEmpty()
                ? Checked.accepted(report)
                : Checked.rejected(ElementValues.withoutEchoes(problems));
        if (checked.isAccepted()) {
            noteWhatWasNotTaken(event, report);
        }
        return new IcsrMessage(messageId, sender, receiver, created, checked, notes);
    }

    /**
     * Every element of the message that the case read from it would not give back, beyond what the reader has
     * noted already, so that nothing is dropped in silence (the acknowledgement names them). At most {@link
     * #NOT_TAKEN_NAMED} are named, then how many more.
     */
    private void noteWhatWasNotTaken(XmlElement event, IndividualCaseSafetyReport report) {
        Map<String, XmlElement> missing;
        try {
            missing = CaseElements.notTaken(event, report);
        } catch (RuntimeException unexpected) {
            // The comparison only informs the acknowledgement: it never costs the sender the report.
            values.note("investigationEvent", "not compared with what is kept: " + unexpected.getMessage(), null);
            return;
        }
        int named = 0;
        for (var each : missing.entrySet()) {
            if (named++ == NOT_TAKEN_NAMED) {
                int more = missing.size() - NOT_TAKEN_NAMED;
                values.note("investigationEvent", "and %d more elements not taken".formatted(more), null);
                break;
            }
            values.note(shortPath(each.getKey()), "not taken", each.getValue());
        }
    }

    /** The last steps of an element's signature, its data cut short: enough to find it in the message. */
    private static String shortPath(String signature) {
        String[] steps = signature.split("/");
        String tail = String.join("/", Arrays.copyOfRange(steps, Math.max(0, steps.length - 3), steps.length));
        return tail.length() <= 160 ? tail : tail.substring(0, 157) + "...";
    }

    private IndividualCaseSafetyReport report(XmlElement event) {
        XmlElement role = event.at("component", "adverseEventAssessment", "subject1", "primaryRole");
        XmlElement assessment = event.at("component", "adverseEventAssessment");
        List<XmlElement> reactionElements = new ArrayList<>();
        List<XmlElement> patientObservations = new ArrayList<>();
        List<XmlElement> testElements = new ArrayList<>();
        List<XmlElement> productElements = new ArrayList<>();
        if (role != null) {
            for (XmlElement subjectOf2 : role.children("subjectOf2")) {
                XmlElement observation = subjectOf2.child("observation");
                XmlElement organizer = subjectOf2.child("organizer");
                if (observation != null && observation.hasCode(OBS_REACTION, OBSERVATION)) {
                    reactionElements.add(observation);
                } else if (observation != null) {
                    patientObservations.add(observation);
                } else if (organizer != null && organizer.hasCode(GROUP_TESTS, VALUE_GROUPING)) {
                    organizer.children("component").stream()
                            .map(c -> c.child("observation"))
                            .filter(o -> o != null)
                            .forEach(testElements::add);
                } else if (organizer != null && organizer.hasCode(GROUP_DRUGS, VALUE_GROUPING)) {
                    organizer.children("component").stream()
                            .map(c -> c.child("substanceAdministration"))
                            .filter(s -> s != null)
                            .forEach(productElements::add);
                }
            }
        }
        String country = caseExtensionCountry(event);
        List<Reaction> reactions = new ArrayList<>();
        for (int i = 0; i < reactionElements.size(); i++) {
            XmlElement place = reactionElements.get(i).at("location", "locatedEntity", "locatedPlace", "code");
            String reactionCountry = ElementValues.country(place);
            if (country == null) {
                country = reactionCountry;
            }
            // E.i.9 of a reaction elsewhere than the case's occurrence country stays with that reaction.
            String elsewhere = reactionCountry != null && !reactionCountry.equals(country) ? reactionCountry : null;
            Reaction reaction = reaction(reactionElements.get(i), i, elsewhere);
            if (reaction != null) {
                reactions.add(reaction);
            }
        }
        ReportIdentification identification = identification(event, country);
        if (identification != null) {
            identification = identification.withContext(new ContextElements(values).read(event, role));
        }
        List<PrimarySource> sources = new PrimarySourceElements(values).read(event);
        Patient patient = new PatientReading(values).patient(role, patientObservations);
        List<TestResult> tests = new ArrayList<>();
        for (int i = 0; i < testElements.size(); i++) {
            TestResult test = test(testElements.get(i), i);
            if (test != null) {
                tests.add(test);
            }
        }
        List<String> reactionIds = reactionElements.stream()
                .map(reaction -> reaction.child("id") == null ? "" : DrugReading.key(reaction.child("id")))
                .toList();
        List<Product> products = new DrugReading(values, assessment, reactionIds).products(productElements);
        String narrative =
                event.child("text") == null ? null : event.child("text").text();
        if (identification == null || patient == null || !problems.isEmpty()) {
            return null;
        }
        Checked<IndividualCaseSafetyReport> report = IndividualCaseSafetyReport.of(
                identification,
                sources,
                patient,
                reactions,
                products,
                tests,
                narrative,
                CommentElements.read(event, assessment));
        for (Problem p : report.problems()) {
            Matcher onset = REACTION_FIELD.matcher(p.path());
            String path = onset.matches()
                    ? at("E.i.4", Integer.parseInt(onset.group(1)))
                    : CASE_ELEMENTS.getOrDefault(p.path(), p.path());
            problems.add(new Problem(p.code(), path, p.message()));
        }
        return report.isAccepted() ? report.value() : null;
    }

    private ReportIdentification identification(XmlElement event, String country) {
        String senderId = id(event, C_1_1_SAFETY_REPORT_ID);
        String worldwideId = id(event, C_1_8_1_WORLDWIDE_ID);
        LocalDate received = values.fullDate(event.at("effectiveTime", "low"), "C.1.4");
        LocalDate mostRecent = values.fullDate(event.child("availabilityTime"), "C.1.5");
        ReportType type = null;
        Nullification.Kind kind = null;
        XmlElement kindElement = null;
        String reason = null;
        for (XmlElement subjectOf2 : event.children("subjectOf2")) {
            XmlElement characteristic = subjectOf2.child("investigationCharacteristic");
            if (characteristic == null) {
                continue;
            }
            XmlElement value = characteristic.child("value");
            if (characteristic.hasCode(CHARACTERISATION_REPORT_TYPE, REPORT_CHARACTERISATION)) {
                type = values.code(value, "C.1.3", ReportType.class, ReportType::e2bCode);
            } else if (characteristic.hasCode(CHARACTERISATION_NULLIFICATION, REPORT_CHARACTERISATION)) {
                kind = values.code(value, "C.1.11.1", Nullification.Kind.class, Nullification.Kind::e2bCode);
                kindElement = value;
            } else if (characteristic.hasCode(CHARACTERISATION_NULLIFICATION_REASON, REPORT_CHARACTERISATION)) {
                reason = value == null ? null : blankToNull(value.childText("originalText"));
            }
        }
        Nullification nullification = null;
        if (kind != null && reason == null) {
            values.problem(
                    ProblemCode.MISSING,
                    "C.1.11.2",
                    "expected the reason for the nullification or amendment in C.1.11.1",
                    kindElement);
        } else if (kind != null) {
            nullification = new Nullification(kind, reason);
        }
        int version = 1;
        XmlElement versionValue = caseExtension(event, EXT_CASE_VERSION);
        if (versionValue != null) {
            BigDecimal v = values.decimal(versionValue, IDENTIFICATION_ELEMENTS.get("version"));
            version = v == null
                    ? 1
                    : v.min(BigDecimal.valueOf(Integer.MAX_VALUE))
                            .max(BigDecimal.valueOf(Integer.MIN_VALUE))
                            .intValue();
        }
        ReportIdentification identification = values.accept(
                ReportIdentification.of(
                        senderId, worldwideId, version, received, mostRecent, type, country, nullification),
                IDENTIFICATION_ELEMENTS,
                -1);
        Sender sender = SenderElements.read(event, values);
        return identification == null
                ? null
                : identification.withOtherCaseIds(otherCaseIds(event)).withSender(sender);
    }

    /** C.1.9.1.r.2: the ids of the controlActEvent that also holds the sender (C.3). */
    private static List<String> otherCaseIds(XmlElement event) {
        List<String> ids = new ArrayList<>();
        for (String subjectOf : List.of("subjectOf1", "subjectOf2")) {
            for (XmlElement subject : event.children(subjectOf)) {
                XmlElement act = subject.child("controlActEvent");
                if (act != null) {
                    for (XmlElement id : act.children("id")) {
                        if (C_1_9_1_R_2_OTHER_CASE_ID.equals(id.attribute("root"))
                                && id.attribute("extension") != null) {
                            ids.add(id.attribute("extension"));
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** The value of an Exovigil observation beside C.1.6.1, or null. */
    private static XmlElement caseExtension(XmlElement event, String code) {
        for (XmlElement component : event.children("component")) {
            XmlElement observation = component.child("observationEvent");
            if (observation != null && observation.hasCode(code, EXOVIGIL)) {
                return observation.child("value");
            }
        }
        return null;
    }

    private static String caseExtensionCountry(XmlElement event) {
        XmlElement value = caseExtension(event, EXT_OCCURRENCE_COUNTRY);
        return value == null || value.isNull() ? null : blankToNull(value.attribute("code"));
    }

    private Reaction reaction(XmlElement observation, int i, String elsewhere) {
        XmlElement value = observation.child("value");
        XmlElement original = value == null ? null : value.child("originalText");
        String term = original == null ? null : blankToNull(original.text());
        String translation = null;
        Highlighting highlighting = null;
        Boolean confirmed = null;
        Boolean intervention = null;
        Set<SeriousnessCriterion> seriousness = EnumSet.noneOf(SeriousnessCriterion.class);
        ReactionOutcome outcome = null;
        for (XmlElement relationship : observation.children("outboundRelationship2")) {
            XmlElement related = relationship.child("observation");
            if (related == null) {
                continue;
            }
            XmlElement relatedValue = related.child("value");
            for (SeriousnessCriterion criterion : SeriousnessCriterion.values()) {
                if (related.hasCode(E2bWriter.seriousnessCode(criterion), OBSERVATION)
                        && Boolean.TRUE.equals(values.bool(relatedValue, at(criterion.e2bElement(), i)))) {
                    seriousness.add(criterion);
                }
            }
            if (related.hasCode(OBS_OUTCOME, OBSERVATION)) {
                outcome = values.code(relatedValue, at("E.i.7", i), ReactionOutcome.class, ReactionOutcome::e2bCode);
            } else if (related.hasCode(OBS_REACTION_FOR_TRANSLATION, OBSERVATION)) {
                translation = relatedValue == null ? null : blankToNull(relatedValue.text()); // E.i.1.2
            } else if (related.hasCode(OBS_TERM_HIGHLIGHTED, OBSERVATION)) {
                highlighting = values.code(relatedValue, at("E.i.3.1", i), Highlighting.class, Highlighting::e2bCode);
            } else if (related.hasCode(OBS_MEDICAL_CONFIRMATION, OBSERVATION)) {
                confirmed = values.bool(relatedValue, at("E.i.8", i));
            } else if (related.hasCode(FDA_REQUIRED_INTERVENTION, FDA_REACTION_OBSERVATIONS)) {
                // FDA.E.i.3.2h is true or "no information", like the seriousness criteria beside it.
                intervention = Boolean.TRUE.equals(values.bool(relatedValue, at("FDA.E.i.3.2h", i)));
            }
        }
        XmlElement time = observation.child("effectiveTime");
        PartialDate start = values.partialDate(
                time == null || time.child("low") == null ? time : time.child("low"), at("E.i.4", i));
        LocalDate onset = start == null ? null : start.date();
        PartialDate end = time == null ? null : values.partialDate(time.child("high"), at("E.i.5", i));
        CodedTerm coded = codedTerm(value);
        if (term == null && coded == null && translation != null) {
            // Neither E.i.1.1a nor E.i.2.1b: the translation is all there is of the reaction.
            term = translation;
            values.note(at("E.i.1.1a", i), "not given; the translation (E.i.1.2) stands for it", observation);
        }
        ReactionDetails details = ReactionDetails.of(
                original == null ? null : original.attribute("language"),
                translation,
                highlighting,
                end,
                confirmed,
                intervention,
                onset == null
                                && time != null
                                && time.child("low") != null
                                && time.child("low").isNull()
                        ? NullFlavor.of(time.child("low").attribute("nullFlavor"))
                        : null,
                null,
                List.of(),
                start != null && !start.equals(PartialDate.of(onset)) ? start : null, // a year, a month or a time
                elsewhere);
        return values.accept(Reaction.of(term, coded, onset, outcome, seriousness, details), REACTION_ELEMENTS, i);
    }

    /** E.i.2.1a/b, MedDRA version and code; a code in another terminology keeps its codeSystemName. */
    private static CodedTerm codedTerm(XmlElement value) {
        String code = value == null || value.isNull() ? null : blankToNull(value.attribute("code"));
        if (code == null) {
            return null;
        }
        String system = value.attribute("codeSystem");
        String version = blankToNull(value.attribute("codeSystemVersion"));
        if (MEDDRA.equals(system)) {
            return new CodedTerm("meddra", version, code);
        }
        String name = blankToNull(value.attribute("codeSystemName"));
        return new CodedTerm(name != null ? name : system != null ? system : "unknown", version, code);
    }

    private TestResult test(XmlElement observation, int i) {
        XmlElement code = observation.child("code");
        String name = code == null ? null : blankToNull(code.childText("originalText")); // F.r.2.1
        CodedTerm coded = code == null ? null : codedTerm(code); // F.r.2.2a/b
        PartialDate date = values.partialDate(observation.child("effectiveTime"), at("F.r.1", i));
        XmlElement value = observation.child("value");
        String result = null;
        String unit = null;
        if (value != null && !value.isNull()) {
            XmlElement quantity = value.child("center") != null ? value.child("center") : value;
            String number = blankToNull(quantity.attribute("value"));
            XmlElement bound = bound(value);
            if (number != null && E2bWriter.isDecimal(number)) {
                result = number; // F.r.3.2
                unit = blankToNull(quantity.attribute("unit")); // F.r.3.3
            } else if (number != null) {
                values.problem(
                        ProblemCode.WRONG_TYPE,
                        at("F.r.3.2", i),
                        "expected a number, got \"%s\"".formatted(ElementValues.shown(number)),
                        quantity);
            } else if (bound != null) {
                result = qualifier(value, bound) + bound.attribute("value"); // F.r.3.2 with its qualifier
                unit = blankToNull(bound.attribute("unit"));
            } else if (!value.text().isBlank()) {
                result = value.text(); // F.r.3.4
            } else if (value.child("low") != null || value.child("high") != null) {
                values.note(at("F.r.3.2", i), "a range with two finite ends is left out", value);
            }
        }
        String extensionUnit = DrugReading.extension(observation, EXT_TEST_UNIT);
        return values.accept(
                TestResult.of(
                        name,
                        coded,
                        date,
                        result,
                        unit != null ? unit : extensionUnit,
                        values.code(
                                observation.child("interpretationCode"),
                                at("F.r.3.1", i),
                                TestResultCode.class,
                                TestResultCode::e2bCode),
                        normal(observation, "L"),
                        normal(observation, "H"),
                        related(observation, OBS_COMMENT),
                        moreInformation(observation, i)),
                TEST_ELEMENTS,
                i);
    }

    /** The finite end of an interval open at the other (F.r.3.2 LT, LE, GT, GE), or null. */
    private static XmlElement bound(XmlElement value) {
        XmlElement low = value.child("low");
        XmlElement high = value.child("high");
        if (low != null
                && high != null
                && "NINF".equals(low.attribute("nullFlavor"))
                && high.attribute("value") != null
                && E2bWriter.isDecimal(high.attribute("value"))) {
            return high;
        }
        if (low != null
                && high != null
                && "PINF".equals(high.attribute("nullFlavor"))
                && low.attribute("value") != null
                && E2bWriter.isDecimal(low.attribute("value"))) {
            return low;
        }
        return null;
    }

    private static String qualifier(XmlElement value, XmlElement bound) {
        boolean inclusive = "true".equals(bound.attribute("inclusive"));
        return (bound == value.child("high") ? "<" : ">") + (inclusive ? "=" : "");
    }

    /** F.r.4 (interpretation L) or F.r.5 (H), the value of a reference range, as sent. */
    private static String normal(XmlElement observation, String interpretation) {
        for (XmlElement range : observation.children("referenceRange")) {
            XmlElement bound = range.child("observationRange");
            XmlElement which = bound == null ? null : bound.child("interpretationCode");
            if (which != null && interpretation.equals(which.attribute("code"))) {
                XmlElement value = bound.child("value");
                if (value == null || value.isNull()) {
                    return null;
                }
                String number = blankToNull(value.attribute("value"));
                return number != null ? number : blankToNull(value.text());
            }
        }
        return null;
    }

    /** The text of an observation related to this one by its code, e.g. F.r.6 comments. */
    private static String related(XmlElement observation, String code) {
        for (XmlElement relationship : observation.children("outboundRelationship2")) {
            XmlElement related = relationship.child("observation");
            if (related != null && related.hasCode(code, OBSERVATION) && related.child("value") != null) {
                return blankToNull(related.child("value").text());
            }
        }
        return null;
    }

    private Boolean moreInformation(XmlElement observation, int i) {
        for (XmlElement relationship : observation.children("outboundRelationship2")) {
            XmlElement related = relationship.child("observation");
            if (related != null && related.hasCode(OBS_MORE_INFORMATION, OBSERVATION)) {
                return values.bool(related.child("value"), at("F.r.7", i));
            }
        }
        return null;
    }
}
