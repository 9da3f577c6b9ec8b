package org.exovigil.vigilance.fhir;

import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * One case read from FHIR: the AdverseEvents of an input that share an identifier (one per reaction, see
 * {@link FhirWriter}), and the report read from them.
 *
 * @param identifier the case's {@code AdverseEvent.identifier.value} (ICH E2B(R3) C.1.1) as read; null
 *                   when absent (then the report is rejected)
 * @param report     the report, or every problem found in it, each with the FHIRPath of the element at
 *                   fault, e.g. {@code Bundle.entry[2].resource.event.text}
 * @param notes      what was read approximately or left out because the case model cannot hold it
 *                   (EXO-1213), e.g. a gender {@code other}; empty for what {@link FhirWriter} wrote
 */
public record FhirCase(String identifier, Checked<IndividualCaseSafetyReport> report, List<Problem> notes) {

    public FhirCase {
        notes = List.copyOf(notes);
    }
}
