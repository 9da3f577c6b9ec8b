package org.exovigil.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exovigil.vigilance.verification.Attempt;
import org.exovigil.vigilance.verification.Evidence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** What a decision rests on (its evidence and the attempts made) as JSON, the way the database keeps it. */
public final class DecisionJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DecisionJson() {}

    public static String evidence(List<Evidence> evidence) {
        ArrayNode array = JSON.createArrayNode();
        evidence.forEach(item -> array.addObject()
                .put("kind", item.kind().name().toLowerCase(Locale.ROOT))
                .put("description", item.description())
                .put("reference", item.reference())
                .put("recordedBy", item.recordedBy())
                .put("recordedAt", item.recordedAt().toString()));
        return array.toString();
    }

    public static List<Evidence> evidence(String json) {
        List<Evidence> evidence = new ArrayList<>();
        JSON.readTree(json)
                .forEach(item -> evidence.add(new Evidence(
                        Evidence.Kind.valueOf(item.get("kind").asString().toUpperCase(Locale.ROOT)),
                        item.get("description").asString(),
                        text(item.get("reference")),
                        item.get("recordedBy").asString(),
                        Instant.parse(item.get("recordedAt").asString()))));
        return evidence;
    }

    public static String attempts(List<Attempt> attempts) {
        ArrayNode array = JSON.createArrayNode();
        attempts.forEach(attempt -> array.addObject()
                .put("askedOf", attempt.askedOf())
                .put("sentAt", attempt.sentAt().toString())
                .put("dueOn", attempt.dueOn() == null ? null : attempt.dueOn().toString())
                .put(
                        "answeredAt",
                        attempt.answeredAt() == null
                                ? null
                                : attempt.answeredAt().toString()));
        return array.toString();
    }

    public static List<Attempt> attempts(String json) {
        List<Attempt> attempts = new ArrayList<>();
        JSON.readTree(json).forEach(item -> {
            String due = text(item.get("dueOn"));
            String answered = text(item.get("answeredAt"));
            attempts.add(new Attempt(
                    item.get("askedOf").asString(),
                    Instant.parse(item.get("sentAt").asString()),
                    due == null ? null : LocalDate.parse(due),
                    answered == null ? null : Instant.parse(answered)));
        });
        return attempts;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
