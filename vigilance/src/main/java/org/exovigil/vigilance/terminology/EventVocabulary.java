package org.exovigil.vigilance.terminology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exovigil's open adverse-event vocabulary (CC0), for users without a MedDRA licence: a few hundred concepts named in
 * English and Japanese, with synonyms, lay terms and the MedDRA PT each maps to. Its data file,
 * {@code vigilance/terminology/event-vocabulary.yaml}, names its sources and review date.
 */
public final class EventVocabulary {

    /** The terminology name carried in {@code CodedTerm} (E.i.2.1a/b) for codes of this vocabulary. */
    public static final String TERMINOLOGY = "exovigil";

    public static final String BUNDLED = "/vigilance/terminology/event-vocabulary.yaml";

    /** Concept ids are {@code EXO:} followed by lower-case words joined by underscores. */
    private static final String ID_PREFIX = "EXO:";

    private static final class Bundled {
        static final EventVocabulary VOCABULARY = read(TerminologyFile.bundled(BUNDLED));
    }

    private final String version;
    private final LocalDate reviewed;
    private final Map<String, EventConcept> byId;
    private final Map<String, EventConcept> byPreferredTerm;
    private volatile TermSuggester suggester;

    private EventVocabulary(String version, LocalDate reviewed, List<EventConcept> concepts) {
        this.version = version;
        this.reviewed = reviewed;
        Map<String, EventConcept> ids = new LinkedHashMap<>();
        Map<String, EventConcept> terms = new LinkedHashMap<>();
        for (EventConcept concept : concepts) {
            ids.put(concept.id(), concept);
            terms.putIfAbsent(concept.meddraPtName().toLowerCase(Locale.ROOT), concept);
        }
        this.byId = ids;
        this.byPreferredTerm = terms;
    }

    /** The vocabulary shipped with this module, read once. */
    public static EventVocabulary bundled() {
        return Bundled.VOCABULARY;
    }

    static EventVocabulary read(TerminologyFile file) {
        Map<?, ?> root = file.root();
        String version = file.text(root, "version", "");
        LocalDate reviewed = file.date(root, "reviewed", "");
        List<EventConcept> concepts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Map<?, ?>> entries = file.entries("concepts");
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> fields = entries.get(i);
            String where = "concepts[" + i + "]";
            String id = file.text(fields, "id", where);
            if (!id.matches("[a-z0-9]+(_[a-z0-9]+)*")) {
                throw file.failure(where + ".id: expected lower-case words joined by _, got \"" + id + "\"");
            }
            if (!seen.add(id)) {
                throw file.failure(where + ".id: \"" + id + "\" appears twice");
            }
            String nameEn = file.text(fields, "en", where);
            concepts.add(new EventConcept(
                    ID_PREFIX + id,
                    nameEn,
                    file.text(fields, "ja", where),
                    file.texts(fields, "syn_en", where),
                    file.texts(fields, "syn_ja", where),
                    orElse(file.optionalText(fields, "lay_en", where), nameEn),
                    orElse(file.optionalText(fields, "lay_ja", where), file.text(fields, "ja", where)),
                    file.text(fields, "pt", where),
                    file.optionalNumber(fields, "pt_code", where)));
        }
        return new EventVocabulary(version, reviewed, concepts);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The version carried as E.i.2.1a with codes of this vocabulary, e.g. {@code 2026.12}. */
    public String version() {
        return version;
    }

    public LocalDate reviewed() {
        return reviewed;
    }

    public List<EventConcept> concepts() {
        return List.copyOf(byId.values());
    }

    public Optional<EventConcept> concept(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Every name of every concept, for {@link TermSuggester#over}. */
    public List<Designation> designations() {
        return byId.values().stream().flatMap(c -> c.designations().stream()).toList();
    }

    /**
     * A suggester over {@link #designations()}, built on first use and then shared: the coder and the signals'
     * groups both suggest concepts, and one index serves any number of threads.
     */
    public TermSuggester suggester() {
        TermSuggester built = suggester;
        if (built == null) {
            synchronized (this) {
                built = suggester;
                if (built == null) {
                    built = TermSuggester.over(designations());
                    suggester = built;
                }
            }
        }
        return built;
    }

    /** The concept mapped to a MedDRA PT, by the PT's English name in any case (FAERS writes "PYREXIA"). */
    public Optional<EventConcept> forPreferredTermName(String meddraPtName) {
        if (meddraPtName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPreferredTerm.get(meddraPtName.strip().toLowerCase(Locale.ROOT)));
    }
}
