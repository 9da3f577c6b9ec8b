package org.exovigil.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exovigil.app.portal.Vocabulary;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The product types and routes of {@code docs/vocabulary.md} (the repository's copy of the shared contract, so
 * that a clone is complete) are kept in each core for its own use: the rulebook's code lists, the vigilance
 * model's enums, the watch module's term lists and labels, and the portal's forms with their English and
 * Japanese labels. This test holds them to the contract, so none can drift alone.
 */
class SharedVocabularyTest {

    private static final String WATCH_TERMS = "/org/exovigil/watch/terms/";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"product_types, product, product_type", "routes, route, route"})
    void everyCoreKeepsTheCodesOfTheContract(String list, String watchField, String labelKey) throws IOException {
        List<String> contract = contract().get(list);
        assertThat(contract).as("spec/vocabulary.md lists " + list).isNotEmpty();

        assertThat(Rulebook.load().codes(list)).as("rulebook").containsExactlyElementsOf(contract);
        assertThat(vigilance(list)).as("vigilance model").containsExactlyElementsOf(contract);
        assertThat(list.equals("routes") ? Vocabulary.ROUTES : Vocabulary.PRODUCT_TYPES)
                .as("portal forms")
                .containsExactlyInAnyOrderElementsOf(contract);
        assertThat(watchCodes(watchField)).as("codes the watch term lists find").isSubsetOf(contract);
        assertThat(watchLabels(list))
                .as("watch survey labels: every code, and a row for pages that name none")
                .containsAll(contract)
                .allMatch(code -> contract.contains(code) || code.equals("not_stated"));
        for (String messages : List.of("/messages.properties", "/messages_ja.properties")) {
            Properties labels = properties(messages);
            assertThat(contract)
                    .as(messages + " labels vocabulary." + labelKey + ".*")
                    .allSatisfy(code -> assertThat(labels.getProperty("vocabulary." + labelKey + "." + code))
                            .isNotBlank());
        }
    }

    /** Where the shared contract sits beside the repository (as in CI), the repository's copy must not drift from it. */
    @Test
    void theRepositorysCopyListsTheCodesOfTheSharedContract() throws IOException {
        Optional<Path> shared = found("shared/spec/vocabulary.md");
        assumeTrue(shared.isPresent(), "the shared contract is not beside this clone");

        assertThat(contract()).isEqualTo(codeLists(shared.get()));
    }

    private static List<String> vigilance(String list) {
        Coded[] values = list.equals("routes") ? Route.values() : ProductType.values();
        return Arrays.stream(values).map(Coded::code).toList();
    }

    /** The codes of each {@code ## list} section of the contract, in its order: rows {@code | `code` | ... |}. */
    private static Map<String, List<String>> contract() throws IOException {
        return codeLists(found("docs/vocabulary.md")
                .orElseThrow(() -> new IllegalStateException(
                        "docs/vocabulary.md not found above " + Path.of("").toAbsolutePath())));
    }

    private static Map<String, List<String>> codeLists(Path specification) throws IOException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> current = null;
        Pattern row = Pattern.compile("^\\| `([a-z0-9_]+)` \\|");
        for (String line : Files.readAllLines(specification)) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                lists.put(line.substring(3).split(" ")[0], current);
            }
            Matcher code = row.matcher(line);
            if (current != null && code.find()) {
                current.add(code.group(1));
            }
        }
        return lists;
    }

    /** The file at this path under the working directory or the nearest folder above it that has one. */
    private static Optional<Path> found(String path) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(path))) {
                return Optional.of(dir.resolve(path));
            }
        }
        return Optional.empty();
    }

    /** Every code the watch term lists give a field, over every list the module ships (a folder or a jar). */
    private static Set<String> watchCodes(String field) throws IOException {
        URI labels = URI.create(SharedVocabularyTest.class
                .getResource(WATCH_TERMS + "labels.tsv")
                .toString());
        Set<String> codes = new TreeSet<>();
        try (FileSystem jar = labels.getScheme().equals("jar") ? FileSystems.newFileSystem(labels, Map.of()) : null;
                Stream<Path> files = Files.list(Path.of(labels).getParent())) {
            List<String> lists = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".tsv") && !name.equals("labels.tsv"))
                    .toList();
            assertThat(lists).as("watch term lists").contains("multi.tsv", "en.tsv", "ja.tsv");
            for (String list : lists) {
                rows(WATCH_TERMS + list).stream()
                        .filter(columns -> columns[0].equals(field))
                        .forEach(columns -> codes.add(columns[1]));
            }
        }
        return codes;
    }

    private static List<String> watchLabels(String list) throws IOException {
        return rows(WATCH_TERMS + "labels.tsv").stream()
                .filter(columns -> columns[0].equals(list))
                .map(columns -> columns[1])
                .toList();
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = SharedVocabularyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        }
    }

    private static Properties properties(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SharedVocabularyTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
