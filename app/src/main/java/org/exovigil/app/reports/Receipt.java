package org.exovigil.app.reports;

import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the sender is told once the report is committed: its id, the reference number people quote,
 * and the assessment (validity, seriousness, deadlines). {@code replay} marks the answer to a repeat.
 */
public record Receipt(UUID id, String reference, int version, ObjectNode assessment, boolean replay) {

    /** The {@code 201 Created} body of shared/spec/report.md. */
    public ObjectNode body() {
        ObjectNode body = assessment.deepCopy();
        body.put("id", id.toString());
        body.put("reference", reference);
        body.put("version", version);
        return body;
    }
}
