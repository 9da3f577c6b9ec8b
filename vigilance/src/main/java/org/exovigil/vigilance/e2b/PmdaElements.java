package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.time.LocalDate;
import org.exovigil.vigilance.model.ReportContext.Pmda;

/**
 * PMDA's J elements of the report, placed as PMDA's E2B(R3) regional items are: J2.1b an {@code id} of the
 * investigation event under PMDA's root, J2.1a and J2.2.1 characteristics of the investigation coded in PMDA's own
 * observation list. The OIDs and codes are those of the J item OID list (MHLW/PMDA, J item OIDs and code lists, as
 * read in public converters of PMDA E2B(R2) to (R3) that name each J item beside its OID); ICH's list never uses
 * them, so another profile's receiver sees nothing of them once {@link ExportProfile#shape} leaves them out.
 */
final class PmdaElements {

    /** J2.1b the identification number, an id of the investigation event. */
    static final String J2_1B_IDENTIFICATION_NUMBER = "2.16.840.1.113883.3.989.5.1.3.2.3.1";
    /** PMDA's observation list, the codes of the J characteristics of the investigation. */
    static final String J_OBSERVATION = "2.16.840.1.113883.3.989.5.1.3.2.1.12";
    /** J2.1a the report category, code 1 of PMDA's observation list, valued in PMDA's category list. */
    static final String J2_1A_REPORT_CATEGORY = "1";

    static final String J2_1A_REPORT_CATEGORIES = "2.16.840.1.113883.3.989.5.1.3.2.1.1";
    /** J2.2.1 the start date of the reporting time frame, code 2 of PMDA's observation list. */
    static final String J2_2_1_REPORTING_START = "2";

    private PmdaElements() {}

    /** The J elements of the investigation event; null when it has none. */
    static Pmda read(XmlElement event, ElementValues values) {
        String category = null;
        LocalDate start = null;
        for (XmlElement subjectOf2 : event.children("subjectOf2")) {
            XmlElement characteristic = subjectOf2.child("investigationCharacteristic");
            XmlElement value = characteristic == null ? null : characteristic.child("value");
            if (characteristic == null || value == null || value.isNull()) {
                continue;
            }
            if (characteristic.hasCode(J2_1A_REPORT_CATEGORY, J_OBSERVATION)) {
                category = blankToNull(value.attribute("code"));
            } else if (characteristic.hasCode(J2_2_1_REPORTING_START, J_OBSERVATION)) {
                start = values.fullDate(value, "J2.2.1");
            }
        }
        return Pmda.of(category, ElementValues.id(event, J2_1B_IDENTIFICATION_NUMBER), start);
    }

    /** J2.1b, among the investigation event's ids. */
    static void writeId(XmlWriter x, Pmda pmda) {
        if (pmda != null && pmda.identificationNumber() != null) {
            x.empty("id", "root", J2_1B_IDENTIFICATION_NUMBER, "extension", pmda.identificationNumber());
        }
    }

    /** J2.1a and J2.2.1, among the investigation's characteristics. */
    static void writeCharacteristics(XmlWriter x, Pmda pmda) {
        if (pmda == null) {
            return;
        }
        if (pmda.reportCategory() != null) {
            characteristic(x, J2_1A_REPORT_CATEGORY);
            x.empty("value", "xsi:type", "CE", "code", pmda.reportCategory(), "codeSystem", J2_1A_REPORT_CATEGORIES);
            x.end().end();
        }
        if (pmda.reportingStart() != null) {
            characteristic(x, J2_2_1_REPORTING_START);
            x.empty("value", "xsi:type", "TS", "value", E2bWriter.date(pmda.reportingStart()));
            x.end().end();
        }
    }

    private static void characteristic(XmlWriter x, String code) {
        x.start("subjectOf2", "typeCode", "SUBJ");
        x.start("investigationCharacteristic", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", J_OBSERVATION);
    }
}
