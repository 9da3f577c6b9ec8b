package org.exovigil.app.reports;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the sender is told once the report is committed: its id, the reference number people quote,
 * the assessment (validity, seriousness, deadlines), and the lots it names that the regulator has
 * stopped. {@code replay} marks the answer to a repeat.
 */
public record Receipt(
        UUID id, String reference, int version, ObjectNode assessment, boolean replay, List<StoppedLot> stoppedLots) {

    public Receipt {
        stoppedLots = List.copyOf(stoppedLots);
    }

    public Receipt(UUID id, String reference, int version, ObjectNode assessment, boolean replay) {
        this(id, reference, version, assessment, replay, List.of());
    }

    /** The same receipt, telling of the lots named that are on hold or recalled now. */
    Receipt withStoppedLots(List<StoppedLot> lots) {
        return new Receipt(id, reference, version, assessment, replay, lots);
    }

    /**
     * The {@code 201 Created} body of shared/spec/report.md, which asks for "at least" its fields; {@code
     * stoppedLots} is Exovigil's own (docs/report.md): the product, the lot, {@code hold} or {@code recall},
     * and the day (UTC) it began, never why or by which signal.
     */
    public ObjectNode body() {
        ObjectNode body = assessment.deepCopy();
        body.put("id", id.toString());
        body.put("reference", reference);
        body.put("version", version);
        ArrayNode lots = body.putArray("stoppedLots");
        stoppedLots.forEach(lot -> lots.addObject()
                .put("product", lot.product())
                .put("lot", lot.lot())
                .put("restriction", lot.recalled() ? "recall" : "hold")
                .put("since", lot.since().atOffset(ZoneOffset.UTC).toLocalDate().toString()));
        return body;
    }
}
