package org.exovigil.vigilance.terminology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The groups of events for the risks of these products (infusion sepsis and bacteraemia, local infection after
 * injection, hypersensitivity and anaphylaxis, thromboembolism, tumour growth, death), read from the reviewed data
 * file {@code vigilance/terminology/event-groups.yaml}.
 */
public final class EventGroups {

    public static final String BUNDLED = "/vigilance/terminology/event-groups.yaml";

    private static final class Bundled {
        static final EventGroups GROUPS = read(TerminologyFile.bundled(BUNDLED), EventVocabulary.bundled());
    }

    private final LocalDate reviewed;
    private final List<EventGroup> groups;

    private EventGroups(LocalDate reviewed, List<EventGroup> groups) {
        this.reviewed = reviewed;
        this.groups = List.copyOf(groups);
    }

    /** The groups shipped with this module, each concept checked against the bundled vocabulary. */
    public static EventGroups bundled() {
        return Bundled.GROUPS;
    }

    static EventGroups read(TerminologyFile file, EventVocabulary vocabulary) {
        Map<?, ?> root = file.root();
        LocalDate reviewed = file.date(root, "reviewed", "");
        List<EventGroup> groups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Map<?, ?>> entries = file.entries("groups");
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> fields = entries.get(i);
            String where = "groups[" + i + "]";
            String id = file.text(fields, "id", where);
            if (!seen.add(id)) {
                throw file.failure(where + ".id: \"" + id + "\" appears twice");
            }
            if (!(fields.get("source") instanceof Map<?, ?> source)) {
                throw file.failure(where + ".source: expected a mapping with citation and url");
            }
            List<String> concepts = file.texts(fields, "concepts", where).stream()
                    .map(c -> "EXO:" + c)
                    .toList();
            for (String concept : concepts) {
                if (vocabulary.concept(concept).isEmpty()) {
                    throw file.failure(where + ".concepts: " + concept + " is not in the vocabulary");
                }
            }
            List<String> terms = new ArrayList<>(file.texts(fields, "meddra_pts", where));
            concepts.forEach(c -> {
                String pt = vocabulary.concept(c).orElseThrow().meddraPtName();
                if (!terms.contains(pt)) {
                    terms.add(pt);
                }
            });
            groups.add(new EventGroup(
                    id,
                    file.text(fields, "title_en", where),
                    file.text(fields, "title_ja", where),
                    file.text(fields, "definition", where),
                    new EventGroup.Source(
                            file.text(source, "citation", where + ".source"),
                            file.optionalText(source, "url", where + ".source")),
                    concepts,
                    terms,
                    file.optionalText(fields, "smq", where)));
        }
        return new EventGroups(reviewed, groups);
    }

    public LocalDate reviewed() {
        return reviewed;
    }

    public List<EventGroup> groups() {
        return groups;
    }

    public Optional<EventGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
