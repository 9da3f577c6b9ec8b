package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.TestResult;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
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
        LocalDate date = input.start(observation.getEffective(), base + ".effective");
        String result = null;
        String unit = null;
        String resultPath = base + ".value";
        Type value = observation.getValue();
        switch (value) {
            case null -> {}
            case Quantity quantity -> {
                result =
                        quantity.getValue() == null ? null : quantity.getValue().toPlainString();
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
        return Optional.ofNullable(input.accept(
                TestResult.of(name, date, result, unit),
                "",
                Map.of("name", base + ".code.text", "result", resultPath, "unit", base + ".valueQuantity.unit")));
    }
}
