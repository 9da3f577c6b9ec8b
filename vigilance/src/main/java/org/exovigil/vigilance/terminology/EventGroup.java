package org.exovigil.vigilance.terminology;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A searchable group of events for one risk of these products, in the manner of a MedDRA Standardised MedDRA Query
 * (SMQ): the concepts of the open vocabulary and the MedDRA PT names it holds, and the SMQ to use instead when the user
 * has MedDRA with SMQs.
 *
 * @param id            e.g. {@code thromboembolism}
 * @param definition    what the group holds and why, in words
 * @param source        the paper or notice that names the risk
 * @param conceptIds    concepts of {@link EventVocabulary}, e.g. {@code EXO:pulmonary_embolism}
 * @param meddraPtNames MedDRA PT names, English
 * @param smqName       the SMQ's name, or null where no SMQ covers the group
 */
public record EventGroup(
        String id,
        String titleEn,
        String titleJa,
        String definition,
        Source source,
        List<String> conceptIds,
        List<String> meddraPtNames,
        String smqName) {

    /** Where a group's risk is named: a citation and its address. */
    public record Source(String citation, String url) {
        public Source {
            Objects.requireNonNull(citation, "citation");
        }
    }

    public EventGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(titleJa, "titleJa");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(source, "source");
        conceptIds = List.copyOf(conceptIds);
        meddraPtNames = List.copyOf(meddraPtNames);
    }

    public boolean containsConcept(String id) {
        return conceptIds.contains(id);
    }

    /** By the PT's English name in any case, as FAERS ("SEPSIS") and VAERS ("Sepsis") write it. */
    public boolean containsPreferredTermName(String name) {
        if (name == null) {
            return false;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return meddraPtNames.stream().anyMatch(pt -> pt.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
