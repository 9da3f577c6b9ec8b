package org.exovigil.app.refusals;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register of refusal codes: every code of the app is a constant of its capability's enum, has one meaning
 * (no id twice, in the app or in the vigilance core), and reads in English and in Japanese with the same
 * particulars. Enums are found wherever they are, so a capability's new enum is checked without a change here.
 */
class RefusalRegisterTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CODE_IN_A_LITERAL = Pattern.compile("\"EXO-\\d{4}");
    private static final Pattern PARTICULAR = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** EXO-1601..1618 belong to the plan review, whatever enum it keeps them in; no one else may take them. */
    private static final String PLANS = "org.exovigil.app.plans";

    private static final Set<String> PLAN_IDS = Set.copyOf(IntStream.rangeClosed(1601, 1618)
            .mapToObj(number -> "EXO-" + number)
            .toList());

    private static List<JavaClass> implementations;
    private static List<RefusalCode> codes;
    private static Properties english;
    private static Properties japanese;

    @BeforeAll
    static void readTheRegister() throws IOException {
        implementations = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.exovigil.app")
                        .stream()
                        .filter(type -> !type.isInterface() && type.isAssignableTo(RefusalCode.class))
                        .toList();
        codes = implementations.stream()
                .filter(JavaClass::isEnum)
                .flatMap(type -> Arrays.stream((RefusalCode[]) type.reflect().getEnumConstants()))
                .toList();
        english = load("messages.properties");
        japanese = load("messages_ja.properties");
    }

    @Test
    void everyCodeIsAConstantOfItsCapabilitysEnumOrACoreProblem() {
        assertThat(implementations)
                .filteredOn(type -> !type.isEnum())
                .extracting(JavaClass::getName)
                .containsExactly(CoreProblem.class.getName());
        assertThat(codes).as("the enums were found").hasSizeGreaterThan(10);
    }

    @Test
    void noTwoCodesShareAnIdInTheAppOrWithTheVigilanceCore() {
        Map<String, List<String>> holders = new TreeMap<>();
        codes.forEach(code -> holders.computeIfAbsent(code.id(), id -> new ArrayList<>())
                .add(code.getClass().getSimpleName() + "." + code));
        Arrays.stream(ProblemCode.values())
                .forEach(code -> holders.computeIfAbsent(code.id(), id -> new ArrayList<>())
                        .add("ProblemCode." + code));

        holders.values().removeIf(held -> held.size() == 1);

        assertThat(holders).as("ids with two meanings").isEmpty();
        assertThat(codes).extracting(RefusalCode::id).allMatch(id -> id.matches("EXO-\\d{4}"));
    }

    @Test
    void thePlanReviewsIdsAreKeptForThePlanReview() {
        assertThat(codes)
                .filteredOn(code -> PLAN_IDS.contains(code.id()))
                .allSatisfy(code -> assertThat(code.getClass().getPackageName()).startsWith(PLANS));
    }

    @Test
    void everyCodeReadsInEnglishAndInJapanese() {
        assertThat(codes).allSatisfy(code -> {
            String key = code.messageKey();
            assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(japanese.getProperty(key))
                    .as("Japanese " + key)
                    .isNotBlank()
                    .isNotEqualTo(english.getProperty(key));
        });
    }

    @Test
    void everyCoreProblemHasItsMeaningInEnglishAsTheCoreSaysItAndInJapanese() {
        assertThat(ProblemCode.values()).allSatisfy(code -> {
            String key = CoreProblem.meaningKey(code);
            assertThat(english.getProperty(key)).as(key).isEqualTo(code.meaning());
            assertThat(japanese.getProperty(key)).as(key).isNotBlank().isNotEqualTo(code.meaning());
        });
        assertThat(particulars(english.getProperty("problem.shown"))).containsExactly(0);
        assertThat(particulars(japanese.getProperty("problem.shown"))).containsExactly(0, 1);
    }

    @Test
    void englishAndJapaneseNameTheSameParticulars() {
        assertThat(codes)
                .allSatisfy(code -> assertThat(particulars(japanese.getProperty(code.messageKey())))
                        .as(code.messageKey())
                        .isEqualTo(particulars(english.getProperty(code.messageKey()))));
    }

    /** A text with particulars is a MessageFormat pattern, where a lone apostrophe would swallow what follows. */
    @Test
    void aTextWithParticularsDoublesItsApostrophes() {
        for (Properties texts : List.of(english, japanese)) {
            assertThat(codes)
                    .extracting(code -> texts.getProperty(code.messageKey()))
                    .filteredOn(text -> !particulars(text).isEmpty())
                    .noneMatch(text -> LONE_APOSTROPHE.matcher(text).find());
        }
    }

    /**
     * A code is spelled once, in its enum.
     */
    @Test
    void noSourceOutsideACodeEnumSpellsACode() throws IOException {
        Set<Path> enums = implementations.stream()
                .filter(JavaClass::isEnum)
                .map(type ->
                        SOURCES.resolve(type.getPackageName().replace('.', '/') + "/" + type.getSimpleName() + ".java"))
                .collect(Collectors.toSet());
        Set<String> spelled = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher code = CODE_IN_A_LITERAL.matcher(Files.readString(file));
                if (!enums.contains(file) && code.find()) {
                    spelled.add(SOURCES.relativize(file) + ": " + code.group());
                }
            }
        }
        assertThat(enums).as("the enums' sources were found").allMatch(Files::exists);
        assertThat(spelled).isEmpty();
    }

    private static List<Integer> particulars(String text) {
        if (text == null) {
            return List.of();
        }
        return PARTICULAR
                .matcher(text)
                .results()
                .map(found -> Integer.valueOf(found.group(1)))
                .distinct()
                .sorted()
                .toList();
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
