package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.util.Map;
import java.util.Optional;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.TestResult;
import org.exovigil.vigilance.model.TestResultCode;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * ICH E2B(R3) F.r from FHIR R4: an Observation of the subject's history as a test result.
 */
final class TestReading {

    private final CaseInput input;

    TestReading(CaseInput input) {
        this.input = input;
    }

    Optional<TestResult> test(Located at) {
        Observation observation = (Observation) at.resource();
        String base = at.path();
        String name = text(observation.getCode());
        PartialDate date = input.partialStart(observation.getEffective(), base + ".effective");
        String result = null;
        String unit = null;
        String resultPath = base + ".value";
        Type value = observation.getValue();
        switch (value) {
            case null -> {}
            case Quantity quantity -> {
                // A comparator makes the value a bound (F.r.3.2), written as E2B's text writes it: <0.5.
                String comparator =
                        quantity.hasComparator() ? quantity.getComparator().toCode() : "";
                result = quantity.getValue() == null
                        ? null
                        : comparator + quantity.getValue().toPlainString();
                unit = blankToNull(quantity.hasUnit() ? quantity.getUnit() : quantity.getCode());
                resultPath = base + ".valueQuantity.value";
            }
            case StringType text -> result = text.getValue();
            case CodeableConcept concept -> result = text(concept);
            case BooleanType flag -> result = flag.getValueAsString();
            case IntegerType number -> result = number.getValueAsString();
            default -> input.note(base + ".value", "a %s result is not read".formatted(value.fhirType()));
        }
        StringType extraUnit = input.extensionValue(observation, EXT_RESULT_UNIT, StringType.class, base);
        if (unit == null && extraUnit != null) {
            unit = extraUnit.getValue();
        }
        String low = bound(observation, EXT_NORMAL_LOW, base, true);
        String high = bound(observation, EXT_NORMAL_HIGH, base, false);
        BooleanType more = input.extensionValue(observation, EXT_MORE_INFORMATION, BooleanType.class, base);
        return Optional.ofNullable(input.accept(
                TestResult.of(
                        name,
                        input.coded(observation.getCode(), base + ".code.coding"),
                        date,
                        result,
                        unit,
                        resultCode(observation),
                        low,
                        high,
                        observation.hasNote() ? observation.getNoteFirstRep().getText() : null,
                        more == null ? null : more.getValue()),
                "",
                Map.of(
                        "name", base + ".code.text",
                        "result", resultPath,
                        "unit", base + ".valueQuantity.unit",
                        "comments", base + ".note[0].text")));
    }

    /** F.r.4 or F.r.5: {@code referenceRange[0].low} or {@code high} as a number, else the extension as sent. */
    private String bound(Observation observation, String url, String base, boolean low) {
        if (observation.hasReferenceRange()) {
            Observation.ObservationReferenceRangeComponent range = observation.getReferenceRangeFirstRep();
            Quantity limit = low ? range.getLow() : range.getHigh();
            if (limit != null && limit.getValue() != null) {
                return limit.getValue().toPlainString();
            }
        }
        StringType sent = input.extensionValue(observation, url, StringType.class, base);
        return sent == null ? null : sent.getValue();
    }

    /** F.r.3.1 from the ICH code list, else from R4's POS, NEG and IND. */
    private static TestResultCode resultCode(Observation observation) {
        for (CodeableConcept interpretation : observation.getInterpretation()) {
            for (Coding coding : interpretation.getCoding()) {
                if (F_R_3_1_TEST_RESULT.equals(coding.getSystem())) {
                    for (TestResultCode code : TestResultCode.values()) {
                        if (Integer.toString(code.e2bCode()).equals(coding.getCode())) {
                            return code;
                        }
                    }
                }
            }
            for (Coding coding : interpretation.getCoding()) {
                if (INTERPRETATION.equals(coding.getSystem())) {
                    switch (String.valueOf(coding.getCode())) {
                        case "POS" -> {
                            return TestResultCode.POSITIVE;
                        }
                        case "NEG" -> {
                            return TestResultCode.NEGATIVE;
                        }
                        case "IND" -> {
                            return TestResultCode.INCONCLUSIVE;
                        }
                        default -> {}
                    }
                }
            }
        }
        return null;
    }
}
