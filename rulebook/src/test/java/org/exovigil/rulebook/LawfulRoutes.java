package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Helpers of the *RoutesTest classes (issue 14): offerings' authorisations and the conditions of a permitted_if. */
final class LawfulRoutes {

    private LawfulRoutes() {}

    /** The authorisations of an offering, each listed as active, for the JSON array. */
    static String active(String... types) {
        return active(Arrays.asList(types));
    }

    static String active(List<String> types) {
        return types.stream()
                .map(t -> "{\"type\":\"" + t + "\",\"status\":\"active\"}")
                .collect(Collectors.joining(","));
    }

    /** The requirements the offering does not speak to: the conditions of a permitted_if. */
    static List<String> unknownRequirements(Assessment a) {
        return a.requirements().stream()
                .filter(r -> r.satisfied() == null)
                .map(Assessment.Requirement::code)
                .toList();
    }

    /** Without any one of a lawful offering's authorisations: permitted_if, with exactly that one open. */
    static void checkEachDropLeavesOnlyItOpen(List<String> authorizations, Function<String, Assessment> assessWith) {
        for (var dropped : authorizations) {
            var said = authorizations.stream().filter(t -> !t.equals(dropped)).toList();
            var a = assessWith.apply(active(said));
            assertThat(a.verdict()).as("without %s", dropped).isEqualTo(Verdict.PERMITTED_IF);
            assertThat(unknownRequirements(a)).as("without %s", dropped).containsExactly(dropped);
        }
    }

    /**
     * A lawful offering (a template taking the JSON of its authorisations), the authorisations that make it
     * permitted, and the requirement codes each one meets where they differ from its own code.
     */
    record Route(Function<String, String> offering, List<String> authorizations, Map<String, List<String>> meets) {

        /** With every authorisation: permitted. Without any one: permitted_if on exactly what it met, never not_permitted. */
        void checkEachDrop() {
            assertThat(assess(offering.apply(active(authorizations.toArray(String[]::new))))
                            .verdict())
                    .as("with all of %s", authorizations)
                    .isEqualTo(Verdict.PERMITTED);
            for (var dropped : authorizations) {
                var kept = new ArrayList<>(authorizations);
                kept.remove(dropped);
                var a = assess(offering.apply(active(kept.toArray(String[]::new))));
                assertThat(a.verdict()).as("without %s", dropped).isEqualTo(Verdict.PERMITTED_IF);
                assertThat(unknownRequirements(a))
                        .as("without %s", dropped)
                        .containsExactlyInAnyOrderElementsOf(meets.getOrDefault(dropped, List.of(dropped)));
            }
        }
    }
}
