package org.exovigil.vigilance.model;

import java.util.List;

/**
 * ICH E2B(R3) D.7, the patient's relevant medical history and concurrent conditions.
 *
 * @param conditions           D.7.1.r
 * @param text                 D.7.2 the history in words (10000)
 * @param concomitantTherapies D.7.3 whether there were concomitant therapies; null when not said
 */
public record MedicalHistory(List<MedicalCondition> conditions, String text, Boolean concomitantTherapies) {

    public MedicalHistory {
        conditions = List.copyOf(conditions);
    }

    /** Null when nothing is known. */
    public static MedicalHistory of(List<MedicalCondition> conditions, String text, Boolean concomitantTherapies) {
        String t = ElementRules.trimmedOrNull(text);
        return conditions.isEmpty() && t == null && concomitantTherapies == null
                ? null
                : new MedicalHistory(conditions, t, concomitantTherapies);
    }
}
