package org.exovigil.app.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.exovigil.rulebook.InformationPower;
import org.exovigil.vigilance.events.EventInquiry;

/**
 * Everything the regulator's page of one event shows.
 *
 * @param powers the powers a request may cite, by kind of addressee; an empty list is said plainly on the page
 */
public record EventPage(
        EventRecord event,
        EventInquiry inquiry,
        List<Candidate> candidates,
        List<EvidenceRequest> requests,
        List<EvidenceItem> evidence,
        Map<String, List<InformationPower>> powers,
        LocalDate today) {

    public List<String> addressees() {
        return EventEvidence.ADDRESSEES;
    }

    public List<String> decisions() {
        return List.of("confirmed", "refuted", "unverifiable");
    }

    /** Where it stands: open, awaiting a countersignature, decided, or closed. */
    public String status() {
        if (inquiry.isClosed()) {
            return "closed";
        }
        if (inquiry.pending() != null) {
            return "awaiting_countersignature";
        }
        return inquiry.decision() != null ? "decided" : "open";
    }
}
