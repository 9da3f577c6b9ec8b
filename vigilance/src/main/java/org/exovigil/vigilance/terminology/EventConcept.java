package org.exovigil.vigilance.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One adverse-event concept of Exovigil's open vocabulary, named in English and Japanese, with the MedDRA preferred
 * term (PT) it maps to for users who hold a MedDRA licence.
 *
 * @param id           e.g. {@code EXO:pyrexia}
 * @param nameEn       the preferred English name, e.g. {@code Fever}
 * @param nameJa       the preferred Japanese name, e.g. {@code 発熱}
 * @param synonymsEn   further English names (clinical and lay) by which it is found
 * @param synonymsJa   further Japanese names
 * @param layEn        the words a patient sees, e.g. {@code high temperature}
 * @param layJa        the words a Japanese patient sees, e.g. {@code 熱が出た}
 * @param meddraPtName the MedDRA PT name it maps to, e.g. {@code Pyrexia}
 * @param meddraPtCode the PT code, null where no open source gives it
 */
public record EventConcept(
        String id,
        String nameEn,
        String nameJa,
        List<String> synonymsEn,
        List<String> synonymsJa,
        String layEn,
        String layJa,
        String meddraPtName,
        Long meddraPtCode) {

    public EventConcept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameJa, "nameJa");
        synonymsEn = List.copyOf(synonymsEn);
        synonymsJa = List.copyOf(synonymsJa);
        Objects.requireNonNull(layEn, "layEn");
        Objects.requireNonNull(layJa, "layJa");
        Objects.requireNonNull(meddraPtName, "meddraPtName");
    }

    /** Every name of the concept, English then Japanese, each once. */
    public List<Designation> designations() {
        List<Designation> all = new ArrayList<>();
        add(all, nameEn, "en");
        add(all, meddraPtName, "en");
        synonymsEn.forEach(s -> add(all, s, "en"));
        add(all, layEn, "en");
        add(all, nameJa, "ja");
        synonymsJa.forEach(s -> add(all, s, "ja"));
        add(all, layJa, "ja");
        return List.copyOf(all);
    }

    private void add(List<Designation> all, String text, String language) {
        if (text.isBlank() || all.stream().anyMatch(d -> d.text().equalsIgnoreCase(text))) {
            return;
        }
        all.add(new Designation(id, text, language));
    }
}
