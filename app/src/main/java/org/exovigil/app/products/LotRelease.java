package org.exovigil.app.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The release decision for a lot: released only when every test its product's specification requires
 * has a result and every result passes; a failed test rejects the lot, a missing one holds it. Endotoxin
 * passes only at or under the K/M limit of its labelled route and dose; quantities and identity are
 * judged against the specification ({@link Specification#judge}, {@link Specification#identity}).
 */
public final class LotRelease {

    private LotRelease() {}

    /** One test result: passed or not, with what was measured. */
    public record Result(String test, boolean passed, String measured) {}

    /** The decision, and the tests that failed or are missing. */
    public record Decision(String status, List<String> failed, List<String> missing) {
        public boolean released() {
            return status.equals("released");
        }
    }

    public static Decision decide(Map<String, Result> results, Specification specification) {
        List<String> failed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String test : specification.required()) {
            Result result = results.get(test);
            if (result == null) {
                missing.add(test);
            } else if (!result.passed()) {
                failed.add(test);
            }
        }
        results.values().stream()
                .filter(result -> !result.passed() && !specification.required().contains(result.test()))
                .forEach(result -> failed.add(result.test()));
        String status = !failed.isEmpty() ? "rejected" : !missing.isEmpty() ? "on_hold" : "released";
        return new Decision(status, List.copyOf(failed), List.copyOf(missing));
    }

    /** An endotoxin result in EU/mL judged against the limit. */
    public static Result endotoxin(double measuredEuPerMl, EndotoxinLimit limit) {
        return new Result(
                "endotoxin",
                measuredEuPerMl <= limit.euPerMl(),
                "%s EU/mL (limit %.2f EU/mL; %s)".formatted(measuredEuPerMl, limit.euPerMl(), limit.why()));
    }
}
