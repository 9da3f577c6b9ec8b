package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.at;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.Relatedness;

/**
 * G.k.9.i, one drug's relatedness to each reaction: the causality assessments that point at the drug and the
 * reaction (G.k.9.i.2.r), the intervals from the drug's start and last dose to the reaction (G.k.9.i.3) and whether
 * the reaction recurred on re-administration (G.k.9.i.4).
 *
 * @param assessment  the adverseEventAssessment, which holds the causality assessments
 * @param reactionIds the ids of the reactions, in the order of the report's reactions
 * @param quantity    reads a quantity at an element path, noting a bad number as a problem
 */
record RelatednessElements(
        XmlElement assessment, List<String> reactionIds, BiFunction<XmlElement, String, Quantity> quantity) {

    /**
     * G.k.9.i: the causality assessments (code 39) of this drug, and its time intervals (G.k.9.i.3) and
     * recurrence (G.k.9.i.4), grouped by the reaction they concern.
     */
    List<Relatedness> read(String drug, XmlElement administration, int k) {
        Map<Integer, List<Relatedness.Assessment>> byReaction = new TreeMap<>();
        for (XmlElement component : assessment == null ? List.<XmlElement>of() : assessment.children("component")) {
            XmlElement causality = component.child("causalityAssessment");
            if (causality == null || !causality.hasCode(OBS_CAUSALITY, OBSERVATION)) {
                continue;
            }
            XmlElement product = causality.at("subject2", "productUseReference", "id");
            XmlElement reaction = causality.at("subject1", "adverseEffectReference", "id");
            int index = reaction == null ? -1 : reactionIds.indexOf(DrugReading.key(reaction));
            if (product == null || !DrugReading.key(product).equals(drug) || index < 0) {
                continue;
            }
            XmlElement method = causality.child("methodCode");
            XmlElement source = causality.at("author", "assignedEntity", "code");
            XmlElement result = causality.child("value");
            byReaction
                    .computeIfAbsent(index, i -> new ArrayList<>())
                    .add(new Relatedness.Assessment(
                            source == null ? null : blankToNull(source.childText("originalText")),
                            method == null ? null : blankToNull(method.childText("originalText")),
                            result == null ? null : blankToNull(result.text())));
        }
        Map<Integer, Quantity> starts = intervals(administration, "SAS", at("G.k.9.i.3.1a", k));
        Map<Integer, Quantity> lastDoses = intervals(administration, "SAE", at("G.k.9.i.3.2a", k));
        Map<Integer, String> recurrences = recurrences(administration);
        SortedSet<Integer> reactions = new TreeSet<>(byReaction.keySet());
        reactions.addAll(starts.keySet());
        reactions.addAll(lastDoses.keySet());
        reactions.addAll(recurrences.keySet());
        List<Relatedness> all = new ArrayList<>();
        for (int reaction : reactions) {
            all.add(new Relatedness(
                    reaction,
                    byReaction.getOrDefault(reaction, List.of()),
                    starts.get(reaction),
                    lastDoses.get(reaction),
                    recurrences.get(reaction)));
        }
        return all;
    }

    /** G.k.9.i.3: {@code outboundRelationship1} of this type, a pause quantity pointing at a reaction. */
    private Map<Integer, Quantity> intervals(XmlElement administration, String typeCode, String path) {
        Map<Integer, Quantity> intervals = new HashMap<>();
        for (XmlElement relationship : administration.children("outboundRelationship1")) {
            XmlElement reaction = relationship.at("actReference", "id");
            int index = reaction == null ? -1 : reactionIds.indexOf(DrugReading.key(reaction));
            if (typeCode.equals(relationship.attribute("typeCode")) && index >= 0) {
                Quantity interval = quantity.apply(relationship.child("pauseQuantity"), path);
                if (interval != null) {
                    intervals.put(index, interval);
                }
            }
        }
        return intervals;
    }

    /** G.k.9.i.4: observations of code 31 pointing at a reaction. */
    private Map<Integer, String> recurrences(XmlElement administration) {
        Map<Integer, String> recurrences = new HashMap<>();
        for (XmlElement relationship : administration.children("outboundRelationship2")) {
            XmlElement observation = relationship.child("observation");
            if (observation == null || !observation.hasCode(OBS_RECURRENCE, OBSERVATION)) {
                continue;
            }
            XmlElement reaction = observation.at("outboundRelationship1", "actReference", "id");
            XmlElement value = observation.child("value");
            int index = reaction == null ? -1 : reactionIds.indexOf(DrugReading.key(reaction));
            if (index >= 0 && value != null && !value.isNull() && value.attribute("code") != null) {
                recurrences.put(index, value.attribute("code"));
            }
        }
        return recurrences;
    }
}
