package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * FDA's official E2B(R3) example instances ({@code shared/data/conformance/e2b-r3-fda}, unmodified), read as
 * a receiving authority reads them, written back, and compared element by element ({@link CaseElements}).
 * The floors are where each example stands; they only ever rise. {@code -Dconformance.lost=true} prints
 * every element an example loses.
 */
class FdaExamplesTest {

    private static final BatchHeader HEADER =
            new BatchHeader("ROUND-TRIP", "EXOVIGIL", "CDER", OffsetDateTime.parse("2026-12-06T10:00:00Z"));

    /** Elements kept of each example's total, at least. */
    private static final Map<String, Integer> FLOORS = new LinkedHashMap<>();

    static {
        FLOORS.put("FAERS2022Scenario1.xml", 184);
        FLOORS.put("FAERS2022Scenario2.xml", 213);
        FLOORS.put("FAERS2022Scenario3.xml", 192);
        FLOORS.put("FAERS2022Scenario4.xml", 155);
        FLOORS.put("FAERS2022Scenario5-1.xml", 198);
        FLOORS.put("FAERS2022Scenario5-2.xml", 196);
        FLOORS.put("FAERS2022Scenario5-3.xml", 185);
        FLOORS.put("FAERS2022Scenario6.xml", 486);
        FLOORS.put("FAERS2022Scenario7.xml", 183);
        FLOORS.put("FAERS2022Scenario8.xml", 191);
    }

    record Outcome(String example, boolean imported, int total, int kept, Map<String, Integer> lost) {}

    @Test
    void eachExampleKeepsAtLeastItsFloorOfElementsThroughImportAndExport() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path example : examples()) {
            outcomes.add(roundTrip(example));
        }
        print(outcomes);

        assertThat(outcomes).extracting(Outcome::example).containsExactlyInAnyOrderElementsOf(FLOORS.keySet());
        assertThat(outcomes).filteredOn(outcome -> !outcome.imported()).extracting(Outcome::example).isEmpty();
        for (Outcome outcome : outcomes) {
            assertThat(outcome.kept()).as(outcome.example()).isGreaterThanOrEqualTo(FLOORS.get(outcome.example()));
        }
    }

    private static Outcome roundTrip(Path example) throws IOException {
        byte[] original = Files.readAllBytes(example);
        CaseElements sent = CaseElements.of(original);
        IcsrBatch batch = E2bReader.withDefaults().read(original).value();
        boolean imported = batch.messages().stream().allMatch(message -> message.report().isAccepted());
        CaseElements back = CaseElements.of(E2bWriter.write(HEADER, batch.acceptedReports()));
        return new Outcome(example.getFileName().toString(), imported, sent.size(), sent.keptIn(back), sent.missingFrom(back));
    }

    private static void print(List<Outcome> outcomes) {
        var table = new StringBuilder("\n| example | imported | elements kept |\n|---|---|---:|\n");
        for (Outcome o : outcomes) {
            table.append("| %s | %s | %d of %d (%.0f%%) |\n"
                    .formatted(o.example(), o.imported() ? "yes" : "no", o.kept(), o.total(), 100.0 * o.kept() / o.total()));
        }
        System.out.println(table);
        if (Boolean.getBoolean("conformance.lost")) {
            outcomes.forEach(o -> o.lost().forEach((signature, count) ->
                    System.out.println(o.example() + " lost " + count + "× " + signature)));
        }
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(conformance().resolve("e2b-r3-fda"))) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** {@code shared/data/conformance}, found by walking up from the working directory. */
    static Path conformance() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/conformance");
            if (Files.isDirectory(candidate.resolve("e2b-r3-fda"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/conformance not found above " + Path.of("").toAbsolutePath());
    }
}
