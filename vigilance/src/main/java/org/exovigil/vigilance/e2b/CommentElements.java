package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.model.CaseComments;
import org.exovigil.vigilance.model.CodedTerm;

/**
 * ICH E2B(R3) H.2 to H.5. H.2 (author: the source reporter), H.3.r (a diagnosis in MedDRA) and H.4 (author:
 * the sender) are {@code component1/observationEvent}s of the adverse event assessment; H.5.r are
 * {@code component/observationEvent}s of the case, each text with its language.
 */
final class CommentElements {

    private CommentElements() {}

    static CaseComments read(XmlElement event, XmlElement assessment) {
        String reporter = null;
        String sender = null;
        List<CodedTerm> diagnoses = new ArrayList<>();
        for (XmlElement component : assessment == null ? List.<XmlElement>of() : assessment.children("component1")) {
            XmlElement observation = component.child("observationEvent");
            if (observation == null) {
                continue;
            }
            XmlElement value = observation.child("value");
            if (observation.hasCode(OBS_COMMENT, OBSERVATION) && value != null) {
                String author = author(observation);
                if (AUTHOR_SOURCE_REPORTER.equals(author)) {
                    reporter = blankToNull(value.text()); // H.2
                } else if (AUTHOR_SENDER.equals(author)) {
                    sender = blankToNull(value.text()); // H.4
                }
            } else if (observation.hasCode(OBS_DIAGNOSIS, OBSERVATION)
                    && value != null
                    && !value.isNull()
                    && value.attribute("code") != null) {
                diagnoses.add(new CodedTerm(
                        "meddra", blankToNull(value.attribute("codeSystemVersion")), value.attribute("code"))); // H.3.r
            }
        }
        List<CaseComments.Summary> summaries = new ArrayList<>();
        for (XmlElement component : event.children("component")) {
            XmlElement observation = component.child("observationEvent");
            XmlElement value = observation == null ? null : observation.child("value");
            if (observation != null
                    && observation.hasCode(OBS_SUMMARY, OBSERVATION)
                    && value != null
                    && blankToNull(value.text()) != null) {
                summaries.add(new CaseComments.Summary(value.text().strip(), blankToNull(value.attribute("language"))));
            }
        }
        return CaseComments.of(reporter, diagnoses, sender, summaries);
    }

    /** H.2, H.3.r and H.4, inside the adverse event assessment. */
    static void writeAssessmentComments(XmlWriter x, CaseComments comments) {
        if (comments.reporterComments() != null) {
            comment(
                    x,
                    "component1",
                    OBS_COMMENT,
                    AUTHOR_SOURCE_REPORTER,
                    () -> x.text("value", comments.reporterComments(), "xsi:type", "ED"));
        }
        for (CodedTerm diagnosis : comments.senderDiagnoses()) {
            comment(
                    x,
                    "component1",
                    OBS_DIAGNOSIS,
                    AUTHOR_SENDER,
                    () -> x.empty(
                            "value",
                            "xsi:type",
                            "CE",
                            "code",
                            diagnosis.code(),
                            "codeSystem",
                            MEDDRA,
                            "codeSystemVersion",
                            diagnosis.version()));
        }
        if (comments.senderComments() != null) {
            comment(
                    x,
                    "component1",
                    OBS_COMMENT,
                    AUTHOR_SENDER,
                    () -> x.text("value", comments.senderComments(), "xsi:type", "ED"));
        }
    }

    /** H.5.r, among the case's own observations. */
    static void writeSummaries(XmlWriter x, CaseComments comments) {
        for (CaseComments.Summary summary : comments.summaries()) {
            comment(x, "component", OBS_SUMMARY, AUTHOR_REPORTER, () -> {
                if (summary.language() == null) {
                    x.text("value", summary.text(), "xsi:type", "ED");
                } else {
                    x.text("value", summary.text(), "xsi:type", "ED", "language", summary.language());
                }
            });
        }
    }

    private static void comment(XmlWriter x, String component, String code, String author, Runnable value) {
        x.start(component, "typeCode", "COMP");
        x.start("observationEvent", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", OBSERVATION);
        value.run();
        x.start("author", "typeCode", "AUT").start("assignedEntity", "classCode", "ASSIGNED");
        x.empty("code", "code", author, "codeSystem", AUTHOR_ROLE);
        x.end().end();
        x.end().end();
    }

    private static String author(XmlElement observation) {
        XmlElement code = observation.at("author", "assignedEntity", "code");
        return code == null ? null : code.attribute("code");
    }
}
