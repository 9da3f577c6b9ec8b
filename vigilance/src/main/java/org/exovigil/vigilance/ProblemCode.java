package org.exovigil.vigilance;

/**
 * The stable codes of the vigilance module (EXO-12xx input: the JSON report, E2B XML, FHIR R4 and the
 * public data sets FAERS and VAERS; EXO-125x a report the export profile of its receiver refuses; EXO-13xx
 * reporting duties; EXO-14xx case history and verification, EXO-147x events that are not yet reports;
 * EXO-15xx duplicate detection; EXO-18xx signal management). A code is never reused for another meaning; clients and tests match on
 * {@link #id()}, never on the message.
 */
public enum ProblemCode {
    NOT_JSON("EXO-1200", "the body is not a JSON object"),
    MISSING("EXO-1201", "a required field is missing or empty"),
    NOT_IN_CODE_LIST("EXO-1202", "a coded field holds a value outside its code list"),
    NOT_A_DATE("EXO-1203", "a date is not a calendar date written YYYY-MM-DD"),
    WRONG_TYPE("EXO-1204", "a field has the wrong JSON type"),
    OUT_OF_RANGE("EXO-1205", "a number is outside the range the element allows"),
    TOO_LONG("EXO-1206", "a text is longer than its ICH E2B(R3) element allows"),
    INCONSISTENT_DATES("EXO-1207", "two dates of the report contradict each other"),
    UNKNOWN_FIELD("EXO-1208", "a field that the report format does not define"),
    NOT_XML("EXO-1209", "the input is not well-formed XML"),
    XML_DECLARATION_REFUSED("EXO-1210", "the XML declares a DTD or entities, which ICSR messages never need"),
    TOO_LARGE("EXO-1211", "the input is larger than the reader accepts"),
    NOT_AN_ICSR_BATCH("EXO-1212", "the XML is not an ICH ICSR batch the reader knows"),
    NOT_REPRESENTED("EXO-1213", "a value was read approximately or left out, because the case model cannot hold it"),
    MALFORMED_ROW("EXO-1214", "a row of a data file does not fit the file's header"),
    UNREADABLE("EXO-1215", "a data file is missing or cannot be read"),
    NOT_A_FHIR_CASE("EXO-1216", "the FHIR input is not an AdverseEvent or a Bundle holding AdverseEvents"),
    UNRESOLVED_REFERENCE("EXO-1217", "a FHIR reference names no resource of the Bundle or of the contained resources"),
    NOT_VALID_FHIR("EXO-1218", "the FHIR input breaks a rule of FHIR R4 (a value's form, a profile's constraint)"),
    CONTROL_CHARACTER("EXO-1219", "a text holds NUL or another control character that no report element allows"),
    TOO_MANY("EXO-1220", "a list holds more elements than one report may carry"),
    BREAKS_EXPORT_PROFILE(
            "EXO-1250",
            "a report breaks a rule of the export profile (ICH E2B(R3) IG or the receiver's regional guide)"),

    DUTIES_UNREADABLE("EXO-1301", "a reporting-duties file is missing or not valid YAML"),
    DUTY_INVALID("EXO-1302", "a reporting duty breaks the schema of the duties file"),

    FOLLOW_UP_OF_ANOTHER_CASE("EXO-1401", "a follow-up names another case"),
    FOLLOW_UP_OF_NULLIFIED_CASE("EXO-1402", "a nullified case takes no follow-up"),
    FOLLOW_UP_OLDER_THAN_CASE("EXO-1403", "a follow-up's information is older than the current version"),
    NULLIFICATION_WITHOUT_REASON("EXO-1404", "a nullification needs a reason"),
    FOLLOW_UP_NOT_NEWER("EXO-1405", "other content for a held case needs more recent information (C.1.5)"),
    ILLEGAL_TRANSITION("EXO-1411", "the verification status cannot move that way"),
    DECISION_WITHOUT_REASON("EXO-1412", "a verification decision needs a reason and who decided"),
    CLOSED_WITHOUT_DECISION("EXO-1413", "a fatal or life-threatening case cannot be closed without a decision"),
    ALREADY_CLOSED("EXO-1414", "the verification is closed"),
    DECISION_WITHOUT_EVIDENCE("EXO-1415", "confirmed and refuted need at least one piece of evidence, named"),
    UNVERIFIABLE_WITHOUT_ATTEMPTS("EXO-1416", "unverifiable needs the record of the attempts made"),
    ATTEMPT_STILL_OPEN("EXO-1417", "a request not yet due is not a failed attempt"),
    COUNTERSIGNED_BY_PROPOSER("EXO-1418", "a decision on a death or life-threatening outcome needs a second regulator"),
    NOTHING_TO_COUNTERSIGN("EXO-1419", "there is no proposed decision awaiting a countersignature"),
    DECISION_REASON_TOO_LONG("EXO-1420", "the reason of a proposed decision is at most 4000 characters"),

    EVENT_CLOSED("EXO-1471", "the event is closed"),
    EVENT_DECIDED("EXO-1472", "the event is already decided"),
    EVENT_WITHOUT_ENDING("EXO-1473", "an event ends linked to a case or closed with a reason"),
    EVENT_UNDECIDED("EXO-1474", "an alleged death or life-threatening outcome cannot be closed without a decision"),
    CLINIC_NAMED_UNCONFIRMED("EXO-1475", "a clinic is named in public only by a confirmed decision"),
    EVENT_LINKED_TWICE("EXO-1476", "the event is already linked to that case"),

    DUPLICATE_PARAMETERS_UNREADABLE("EXO-1501", "the duplicate-detection parameters file is missing or not valid YAML"),
    DUPLICATE_PARAMETER_INVALID("EXO-1502", "a duplicate-detection parameter breaks the schema of its file"),

    SIGNAL_ILLEGAL_STEP("EXO-1800", "the signal cannot move that way"),
    SIGNAL_STEP_WITHOUT_REASON("EXO-1801", "a signal step or action needs a reason and who took it"),
    SIGNAL_STEP_WITHOUT_EVIDENCE("EXO-1802", "validation and assessment of a signal need the evidence they rest on"),
    SIGNAL_WITHOUT_PRIORITY("EXO-1803", "prioritisation of a signal needs a priority"),
    SIGNAL_CLOSED("EXO-1804", "the signal is closed"),
    ACTION_TOO_EARLY("EXO-1805", "an action needs a recommendation first, a lot hold a validated signal"),
    ACTION_INCOMPLETE(
            "EXO-1806",
            "an action needs an owner, a due date not before the day it is taken, and what it acts on for a lot or a plan"),
    ACTION_UNKNOWN("EXO-1807", "the signal has no action of that number"),
    ACTION_ENDED("EXO-1808", "the action is already done or lifted"),
    ACTION_WRONG_ENDING("EXO-1809", "a hold or a suspension is lifted, any other action is done"),
    CLOSED_WITH_OPEN_ACTIONS("EXO-1810", "a signal with open actions cannot be closed"),
    PRIORITY_WEIGHTS_UNREADABLE("EXO-1811", "the signal-priority weights file is missing or not valid YAML"),
    PRIORITY_WEIGHT_INVALID("EXO-1812", "a signal-priority weight breaks the schema of its file"),
    SIGNAL_TEXT_TOO_LONG(
            "EXO-1813",
            "the reason of a signal step or action is at most 4000 characters, an action's owner at most 200");

    private final String id;
    private final String meaning;

    ProblemCode(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    /** The code as shown to users and matched by clients, e.g. {@code EXO-1203}. */
    public String id() {
        return id;
    }

    /** One line for the error catalogue and the problem document's {@code title}. */
    public String meaning() {
        return meaning;
    }
}
