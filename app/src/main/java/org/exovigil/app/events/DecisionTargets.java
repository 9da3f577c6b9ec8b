package org.exovigil.app.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exovigil.app.ReviewedData;

/** The days from the first information to a decision aimed for, by alleged outcome, as reviewed data with sources. */
public final class DecisionTargets {

    static final String FILE = "/events/decision-targets.yaml";

    /** One target: the outcome it is for, the days, and where the figure comes from. */
    public record Target(String outcome, int days, String source, String url) {}

    private final Map<String, Target> byOutcome;

    private DecisionTargets(Map<String, Target> byOutcome) {
        this.byOutcome = byOutcome;
    }

    @SuppressWarnings("unchecked")
    static DecisionTargets load() {
        Map<String, Target> targets = new LinkedHashMap<>();
        var entries = (List<Map<String, Object>>)
                ReviewedData.parse(ReviewedData.text(FILE)).get("targets");
        for (Map<String, Object> entry : entries) {
            int days = (Integer) entry.get("days");
            if (days <= 0) {
                throw new IllegalStateException(FILE + ": days must be positive, got " + days);
            }
            targets.put(
                    (String) entry.get("outcome"),
                    new Target((String) entry.get("outcome"), days, (String) entry.get("source"), (String)
                            entry.get("url")));
        }
        return new DecisionTargets(Map.copyOf(targets));
    }

    Optional<Target> forOutcome(String outcome) {
        return Optional.ofNullable(byOutcome.get(outcome));
    }
}
