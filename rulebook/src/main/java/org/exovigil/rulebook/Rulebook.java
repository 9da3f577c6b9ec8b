package org.exovigil.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The loaded rulebook: every jurisdiction's law, validated, and the entry point for classification.
 * <pre>
 *   var rulebook = Rulebook.load();
 *   Assessment a = rulebook.classify(offering, null, null);
 *   String json = rulebook.classifyJson(text, "offer.json", "JP", LocalDate.parse("2025-06-01"));
 *   List&lt;String&gt; routes = rulebook.codes("routes");   // the shared vocabulary, for forms
 * </pre>
 * The file {@code rulebook/rulebook.yaml} names the version and the files; {@code vocabulary.yaml} holds
 * the codes; {@code common.yaml} holds sources and conditions shared by all jurisdictions.
 */
public final class Rulebook {

    private static final String ROOT = "rulebook/";

    private final String version;
    private final Map<String, Law> lawByCode;
    /** The jurisdictions' codes in the order of the manifest, for answers that cover them all. */
    private final List<String> lawCodes;

    private final Map<String, Law> lawByJurisdiction;
    private final Map<String, String> aliases;
    private final Vocabulary vocabulary;

    private Rulebook(String version, Map<String, Law> lawByCode, Map<String, String> aliases, Vocabulary vocabulary) {
        this.version = version;
        this.vocabulary = vocabulary;
        this.lawByCode = Map.copyOf(lawByCode);
        this.lawCodes = List.copyOf(lawByCode.keySet());
        var byJurisdiction = new HashMap<String, Law>();
        lawByCode.values().forEach(law -> law.appliesTo().forEach(j -> byJurisdiction.put(j, law)));
        this.lawByJurisdiction = Map.copyOf(byJurisdiction);
        this.aliases = Map.copyOf(aliases);
    }

    /** Loads the rulebook shipped in this library's resources. */
    public static Rulebook load() {
        return load(name -> {
            try (InputStream in = Rulebook.class.getClassLoader().getResourceAsStream(ROOT + name)) {
                if (in == null) throw new RulebookException("EXO-2006", ROOT + name + ": file not found");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Loads a rulebook from a directory laid out like {@code resources/rulebook} (for review of a changed copy). */
    public static Rulebook loadFrom(Path directory) {
        return load(name -> {
            try {
                return Files.readString(directory.resolve(name));
            } catch (NoSuchFileException e) {
                throw new RulebookException("EXO-2006", directory.resolve(name) + ": file not found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Rulebook load(Function<String, String> files) {
        var manifest = new Manifest(files.apply("rulebook.yaml"));
        var vocabulary = readVocabulary(files.apply("vocabulary.yaml"));
        var shared = new LawReader("common.yaml", vocabulary, Map.of(), Map.of());
        shared.readShared(LawReader.parse("common.yaml", files.apply("common.yaml")));
        var laws = new LinkedHashMap<String, Law>();
        for (var file : manifest.files) {
            var reader = new LawReader(file, vocabulary, shared.conditions(), shared.sources());
            var law = reader.read(LawReader.parse(file, files.apply(file)));
            if (laws.put(law.code(), law) != null)
                throw new RulebookException("EXO-2002", file + ": jurisdiction " + law.code() + " is defined twice");
        }
        return new Rulebook(manifest.version, laws, manifest.aliases, vocabulary);
    }

    public String version() {
        return version;
    }

    /** Every jurisdiction code the rulebook answers for, including EU member states. */
    public Set<String> jurisdictions() {
        return new TreeSet<>(lawByJurisdiction.keySet());
    }

    /** Each jurisdiction's law, for reading: rules with dates, status and sources. */
    public List<Jurisdiction> laws() {
        return lawByCode.values().stream().map(Jurisdiction::of).toList();
    }

    public Assessment classify(Offering offering) {
        return classify(offering, null, null);
    }

    /** The code of each jurisdiction whose law the rulebook holds (14), in the manifest's order. */
    public List<String> lawCodes() {
        return lawCodes;
    }

    /**
     * One offering under the law of every jurisdiction the rulebook holds, in the manifest's order: where
     * is this allowed? The offering's own jurisdiction is replaced by each in turn.
     */
    public List<Assessment> classifyEverywhere(Offering offering, LocalDate dateOverride) {
        return lawCodes.stream()
                .map(code -> classify(offering, code, dateOverride))
                .toList();
    }

    /**
     * Classifies an offering. The overrides, when not null, replace the offering's jurisdiction and date;
     * with neither a date nor an override the law in force today is applied.
     */
    public Assessment classify(Offering offering, String jurisdictionOverride, LocalDate dateOverride) {
        var requested = jurisdictionOverride != null ? jurisdictionOverride : offering.jurisdiction();
        if (requested == null || requested.isBlank()) {
            throw new RulebookException(
                    "EXO-2103",
                    "jurisdiction: expected an ISO 3166-1 alpha-2 code or EU (in the offering or --jurisdiction)");
        }
        var code = jurisdictionCode(requested);
        var date = dateOverride != null ? dateOverride : offering.date() != null ? offering.date() : LocalDate.now();
        var law = lawByJurisdiction.get(code);
        if (law == null) return notCovered(code, date);
        return new Assessor(law, version).assess(code, offering, date, vocabulary.unrecognised(offering));
    }

    /** The code whose law applies: upper case, an ISO 3166-2 subdivision cut to its country, aliases resolved. */
    private String jurisdictionCode(String requested) {
        var code = requested.trim().toUpperCase(Locale.ROOT);
        // An ISO 3166-2 subdivision (US-CA, JP-13) is governed here by its country's law.
        if (code.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) code = code.substring(0, 2);
        return aliases.getOrDefault(code, code);
    }

    /**
     * The legal duties to report an adverse event of a case: those of the law of {@code country} in force on
     * {@code on}, for a product of {@code productType} given in {@code setting}, in the order of the
     * jurisdiction's file. For a reporting clock, which needs no more than what a case report says.
     *
     * <p>The rulebook classifies a minimal offering: jurisdiction {@code country}, date {@code on},
     * {@code product.type = productType} and {@code use.setting} {@code clinical_trial} for {@code trial} or
     * {@code clinic_commercial} for {@code practice}; every other fact is unknown. With so few facts the
     * classification is usually left open between a few alternatives (a stem-cell product in the US may be a
     * "361" HCT/P or a "351" biological product, depending on its manipulation and use). The duties of every
     * classification still open are listed, as well as those of the classification reached, so a clock shows
     * the duties the case may owe rather than none: an exosome given in a US clinic lists the cosmetic
     * reporting duty of FD&amp;C Act §605 (it may be a cosmetic), not the IND safety reports, which bind a
     * sponsor in a trial. Only duties of the requested {@code setting} are returned (see
     * {@link Assessment.ReportingDuty#setting()}). A duty that depends on another fact the case does not give,
     * such as a marketing authorisation (EU post-authorisation reports) or an Australian SAS or ARTG entry, is
     * not listed.
     *
     * <p>An empty list means the rulebook records no legal duty for such a case on that day: the law leaves it
     * unreported (Japan: cell-free products outside the ASRM), the rulebook does not record the deadline
     * (Mexico, UAE, Saudi Arabia: {@code AE_REPORTING_NOT_RECORDED} in {@link #classify}), the product is not
     * classified at all (platelet-rich plasma), or the country is not covered. The caller then falls back to its
     * voluntary clock. {@link #classify} gives the reasons for any of these.
     *
     * @param country     ISO 3166-1 alpha-2 code (an ISO 3166-2 subdivision or an alias such as UK is accepted),
     *                    or EU; the country where the reaction occurred
     * @param productType a code of {@code codes("product_types")}, or null when not known
     * @param setting     {@code practice} or {@code trial}
     * @param on          the day whose law applies (day 0 of the case); null for today
     * @throws RulebookException EXO-2103 for a missing country; EXO-2008 for a setting or product type that is
     *     not one of its codes
     */
    public List<Assessment.ReportingDuty> reportingDuties(
            String country, String productType, String setting, LocalDate on) {
        if (country == null || country.isBlank())
            throw new RulebookException("EXO-2103", "country: expected an ISO 3166-1 alpha-2 code or EU");
        var settings = vocabulary.lists().get("duty_settings");
        if (setting == null || !settings.contains(setting))
            throw new RulebookException(
                    "EXO-2008", "setting: expected one of " + String.join(", ", settings) + ", got " + quoted(setting));
        if (productType != null && !vocabulary.list("product_types").contains(productType))
            throw new RulebookException(
                    "EXO-2008",
                    "productType: expected null (unknown) or one of "
                            + String.join(", ", vocabulary.lists().get("product_types")) + ", got "
                            + quoted(productType));
        var code = jurisdictionCode(country);
        var date = on != null ? on : LocalDate.now();
        var law = lawByJurisdiction.get(code);
        if (law == null) return List.of();
        var offering = new Offering(
                code,
                date,
                new Offering.Product(null, productType, null, null, null, null, null, null, null, null, null),
                new Offering.Use(
                        setting.equals("trial") ? "clinical_trial" : "clinic_commercial", null, null, null, null),
                null,
                null,
                null);
        return new Assessor(law, version)
                .possibleDuties(code, offering, date).stream()
                        .filter(d -> d.setting().equals(setting))
                        .toList();
    }

    /**
     * What a regulator of {@code country} may require of an {@code addressee} (clinic, physician, hospital, coroner)
     * to establish the facts of an adverse event, in force on {@code on}, with the citations of each power. An empty
     * list means the rulebook records no such power: a request is then voluntary, and should say so plainly.
     */
    public List<InformationPower> informationPowers(String country, String addressee, LocalDate on) {
        if (country == null || country.isBlank()) return List.of();
        var law = lawByJurisdiction.get(jurisdictionCode(country));
        if (law == null) return List.of();
        var date = on != null ? on : LocalDate.now();
        return law.powers().stream()
                .filter(power -> power.meta().effective().covers(date))
                .filter(power -> addressee == null || power.of().contains(addressee))
                .map(power -> new InformationPower(
                        power.meta().id(),
                        power.of(),
                        power.label(),
                        power.labelJa(),
                        power.scope(),
                        power.scopeJa(),
                        power.meta().citations()))
                .toList();
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    /**
     * Reads one offering or a JSON array of offerings and returns the assessment(s) as JSON text, an array
     * for an array. {@code sourceName} names the input in error messages.
     *
     * @throws RulebookException with EXO-2101..2103 for input that cannot be read
     */
    public String classifyJson(String json, String sourceName, String jurisdictionOverride, LocalDate dateOverride) {
        return classifyJson(
                json, sourceName, jurisdictionOverride, dateOverride, java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #classifyJson(String, String, String, LocalDate)}, with each offering first passed through
     * {@code reading}: the caller's way to add what it reads in {@code marketing_text} (classify.md: "the
     * extractor's claims are added to claims") without the rulebook depending on the extractor.
     */
    public String classifyJson(
            String json,
            String sourceName,
            String jurisdictionOverride,
            LocalDate dateOverride,
            java.util.function.UnaryOperator<Offering> reading) {
        var input = OfferingJson.read(json, sourceName);
        var results = assessEach(
                input,
                sourceName,
                offering -> List.of(classify(reading.apply(offering), jurisdictionOverride, dateOverride)));
        return AssessmentJson.write(results.stream().map(List::getFirst).toList(), input.array());
    }

    /**
     * As {@link #classifyJson}, under the law of every jurisdiction: for one offering a JSON array of the
     * assessments in the manifest's order, for an array of offerings an array of such arrays.
     */
    public String classifyEverywhereJson(
            String json,
            String sourceName,
            LocalDate dateOverride,
            java.util.function.UnaryOperator<Offering> reading) {
        var input = OfferingJson.read(json, sourceName);
        var results =
                assessEach(input, sourceName, offering -> classifyEverywhere(reading.apply(offering), dateOverride));
        if (!input.array()) {
            return AssessmentJson.write(results.getFirst(), true);
        }
        return results.stream()
                .map(each -> AssessmentJson.write(each, true))
                .collect(java.util.stream.Collectors.joining(",\n", "[\n", "\n]"));
    }

    /** Each offering's assessments; an offering that cannot be assessed is named by its place in the input. */
    private static List<List<Assessment>> assessEach(
            OfferingJson.Input input,
            String sourceName,
            java.util.function.Function<Offering, List<Assessment>> assess) {
        var results = new java.util.ArrayList<List<Assessment>>();
        for (int i = 0; i < input.offerings().size(); i++) {
            try {
                results.add(assess.apply(input.offerings().get(i)));
            } catch (RulebookException e) {
                var at = input.array() ? "$[" + i + "]." : "$.";
                throw new RulebookException(
                        e.code(),
                        sourceName + ": " + at
                                + e.getMessage().substring(e.code().length() + 2));
            }
        }
        return results;
    }

    /** Reads offerings from JSON text: the list, and whether the input was an array. */
    public static List<Offering> readOfferings(String json, String sourceName) {
        return OfferingJson.read(json, sourceName).offerings();
    }

    public static String toJson(Assessment assessment) {
        return AssessmentJson.write(List.of(assessment), false);
    }

    /**
     * The shared codes of spec/vocabulary.md and spec/classify.md, by list name, each list in the order of
     * {@code vocabulary.yaml}: {@code product_types}, {@code origins}, {@code sources}, {@code donors},
     * {@code positionings}, {@code settings}, {@code routes}, {@code indications}, {@code administrators},
     * {@code claims}, {@code authorization_types}, {@code requirement_codes}, {@code finding_codes}, and for
     * reporting duties {@code duty_conditions} and {@code duty_settings}. For
     * building form fields and checking input without reading the YAML; labels belong to the caller.
     * The map and its lists are unmodifiable.
     */
    public Map<String, List<String>> codes() {
        return vocabulary.lists();
    }

    /**
     * One list of {@link #codes()}, e.g. {@code codes("routes")}.
     *
     * @throws RulebookException EXO-2007 for a name that is not a list of the vocabulary
     */
    public List<String> codes(String list) {
        var codes = vocabulary.lists().get(list);
        if (codes == null)
            throw new RulebookException(
                    "EXO-2007",
                    "vocabulary.yaml has no code list '" + list + "'; it has "
                            + String.join(", ", vocabulary.lists().keySet()));
        return codes;
    }

    /**
     * Every fact an offering can give and a rule can test ({@code product.type}, {@code use.routes},
     * {@code product.minimally_manipulated}, ...), in the order of {@code vocabulary.yaml}, with its kind:
     * the name of a list of {@link #codes()}, {@code boolean}, or {@code free}. A form field per fact, with
     * "not sure" left empty, maps one to one onto the offering JSON (spec/classify.md).
     */
    public Map<String, String> facts() {
        return vocabulary.fieldKinds();
    }

    private Assessment notCovered(String code, LocalDate date) {
        return new Assessment(
                code,
                null,
                date,
                version,
                null,
                new Assessment.Classification(
                        code + ".UNDETERMINED",
                        "Jurisdiction not covered by the rulebook",
                        "ルールブックが扱っていない法域です",
                        null,
                        List.of(),
                        null,
                        null),
                Verdict.UNDETERMINED,
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        "The rulebook holds no law for jurisdiction " + code + "; it covers "
                                + String.join(", ", lawByCode.keySet()) + ".",
                        "Verdict undetermined: the rulebook does not cover this jurisdiction."));
    }

    private static Vocabulary readVocabulary(String text) {
        var reader = new LawReader("vocabulary.yaml", new Vocabulary(Map.of(), Map.of()), Map.of(), Map.of());
        var root = reader.mapping(
                LawReader.parse("vocabulary.yaml", text), Set.of("codes", "facts"), Set.of("codes", "facts"));
        var codes = new LinkedHashMap<String, List<String>>();
        reader.mapping(root.get("codes"), null, Set.of()).forEach((name, node) -> codes.put(name, scalars(node)));
        var kinds = new LinkedHashMap<String, String>();
        reader.mapping(root.get("facts"), null, Set.of())
                .forEach((field, node) -> kinds.put(field, scalars(node).getFirst()));
        for (var kind : kinds.entrySet()) {
            if (!kind.getValue().equals(Vocabulary.BOOLEAN)
                    && !kind.getValue().equals(Vocabulary.FREE)
                    && !codes.containsKey(kind.getValue())) {
                throw new RulebookException(
                        "EXO-2004",
                        "vocabulary.yaml: fact " + kind.getKey() + " uses undefined code list " + kind.getValue());
            }
        }
        return new Vocabulary(codes, kinds);
    }

    private static List<String> scalars(Node node) {
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode s) return List.of(s.getValue());
        return ((org.yaml.snakeyaml.nodes.SequenceNode) node)
                .getValue().stream()
                        .map(n -> ((org.yaml.snakeyaml.nodes.ScalarNode) n).getValue())
                        .toList();
    }

    /** rulebook.yaml: the version, the jurisdiction files, and code aliases (UK for GB). */
    private static final class Manifest {
        final String version;
        final List<String> files;
        final Map<String, String> aliases = new HashMap<>();

        Manifest(String text) {
            var reader = new LawReader("rulebook.yaml", new Vocabulary(Map.of(), Map.of()), Map.of(), Map.of());
            var root = reader.mapping(
                    LawReader.parse("rulebook.yaml", text),
                    Set.of("version", "files", "aliases"),
                    Set.of("version", "files"));
            version = scalars(root.get("version")).getFirst();
            files = scalars(root.get("files"));
            if (root.containsKey("aliases")) {
                reader.mapping(root.get("aliases"), null, Set.of())
                        .forEach((k, v) -> aliases.put(k, scalars(v).getFirst()));
            }
        }
    }
}
