package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exovigil.vigilance.model.TestResult;
import org.exovigil.vigilance.model.TestResultCode;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * ICH E2B(R3) F.r as a FHIR R4 Observation, status {@code final} (the report gives a result, not a pending
 * order): F.r.2.1 {@code code.text} and F.r.2.2 a coding of {@code code}; F.r.1 {@code effectiveDateTime};
 * F.r.3.2-3 a number, or a bound such as {@code <0.5}, as {@code valueQuantity} with its comparator and unit,
 * any other result (F.r.3.4) as {@code valueString} with the unit in the extension {@code result-unit}; F.r.3.1
 * {@code interpretation}; F.r.4-5 {@code referenceRange}; F.r.6 {@code note}; F.r.7 the extension {@code
 * more-information}.
 */
final class TestWriting {

    /** A FHIR R4 decimal (FHIR R4 §2.24.0.1, decimal): what a value must be to go as a Quantity. */
    private static final Pattern FHIR_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private TestWriting() {}

    static Observation test(TestResult test, Reference patient) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        CodeableConcept code = new CodeableConcept().setText(test.name());
        if (test.coded() != null) {
            code.addCoding(coding(test.coded()));
        }
        observation.setCode(code);
        observation.setSubject(patient.copy());
        if (test.date() != null) {
            observation.setEffective(PatientWriting.dateTime(test.date()));
        }
        Quantity quantity = quantity(test.result());
        if (quantity != null) {
            if (test.unit() != null) {
                quantity.setUnit(test.unit());
            }
            observation.setValue(quantity);
        } else {
            if (test.result() != null) {
                observation.setValue(new StringType(test.result()));
            }
            if (test.unit() != null) {
                observation.addExtension(EXT_RESULT_UNIT, new StringType(test.unit()));
            }
        }
        if (test.resultCode() != null) {
            observation.addInterpretation(interpretation(test.resultCode()));
        }
        referenceRange(observation, test);
        if (test.comments() != null) {
            observation.addNote().setText(test.comments());
        }
        if (test.moreInformation() != null) {
            observation.addExtension(EXT_MORE_INFORMATION, new BooleanType(test.moreInformation()));
        }
        return observation;
    }

    /**
     * F.r.4 and F.r.5 as {@code referenceRange.low} and {@code high} when both are numbers (R4's obs-3 wants
     * one of them), else each in the extension {@code normal-low} or {@code normal-high}, as sent.
     */
    private static void referenceRange(Observation observation, TestResult test) {
        if (test.normalLow() == null && test.normalHigh() == null) {
            return;
        }
        boolean numbers = (test.normalLow() == null || isDecimal(test.normalLow()))
                && (test.normalHigh() == null || isDecimal(test.normalHigh()));
        if (numbers) {
            Observation.ObservationReferenceRangeComponent range = observation.addReferenceRange();
            if (test.normalLow() != null) {
                range.setLow(new Quantity().setValue(new BigDecimal(test.normalLow())));
            }
            if (test.normalHigh() != null) {
                range.setHigh(new Quantity().setValue(new BigDecimal(test.normalHigh())));
            }
            return;
        }
        if (test.normalLow() != null) {
            observation.addExtension(EXT_NORMAL_LOW, new StringType(test.normalLow()));
        }
        if (test.normalHigh() != null) {
            observation.addExtension(EXT_NORMAL_HIGH, new StringType(test.normalHigh()));
        }
    }

    /** F.r.3.1 in the ICH code list, and in R4's ObservationInterpretation where it has the same meaning. */
    private static CodeableConcept interpretation(TestResultCode code) {
        CodeableConcept interpretation = new CodeableConcept();
        switch (code) {
            case POSITIVE -> interpretation.addCoding(new Coding(INTERPRETATION, "POS", "Positive"));
            case NEGATIVE -> interpretation.addCoding(new Coding(INTERPRETATION, "NEG", "Negative"));
            case INCONCLUSIVE -> interpretation.addCoding(new Coding(INTERPRETATION, "IND", "Indeterminate"));
            case BORDERLINE -> {}
        }
        return interpretation.addCoding(code(F_R_3_1_TEST_RESULT, code.e2bCode()));
    }

    /**
     * A result as a Quantity when it reads back as the same text: a number, or a bound ({@code <}, {@code <=},
     * {@code >=}, {@code >}, R4 Quantity.comparator) and a number; null otherwise.
     */
    private static Quantity quantity(String result) {
        if (isDecimal(result)) {
            return new Quantity().setValue(new BigDecimal(result));
        }
        Matcher bound = result == null ? null : TestResult.BOUND.matcher(result);
        if (bound == null || !bound.matches() || !isDecimal(bound.group(2))) {
            return null;
        }
        Quantity quantity = new Quantity().setValue(new BigDecimal(bound.group(2)));
        quantity.setComparator(Quantity.QuantityComparator.fromCode(bound.group(1)));
        return (bound.group(1) + bound.group(2)).equals(result) ? quantity : null;
    }

    /**
     * Whether a text reads back as the same text from a FHIR decimal: the R4 lexical form, no negative zero,
     * and at most 18 digits (the precision R4 §2.24.0.1 asks every system to keep).
     */
    static boolean isDecimal(String text) {
        return text != null
                && text.length() <= 19
                && FHIR_DECIMAL.matcher(text).matches()
                && new BigDecimal(text).toPlainString().equals(text);
    }
}
