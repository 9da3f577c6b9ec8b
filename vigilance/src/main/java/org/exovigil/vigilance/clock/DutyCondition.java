package org.exovigil.vigilance.clock;

import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.SeriousnessCriteria;

/**
 * Which cases a duty covers, by seriousness (ICH E2A §II.B) and expectedness (§II.C). Suspected
 * causality is assumed: ICH E2D §4.1 treats a spontaneous report as implying it, and a report sent to
 * Exovigil is one. "Other" excludes fatal and life-threatening cases where a regime gives those a
 * shorter clock of their own (ASRM Enf. Reg. Art 35; Reg. (EU) 536/2014 Annex III).
 */
public enum DutyCondition implements Coded {
    FATAL_OR_LIFE_THREATENING("fatal_or_life_threatening", "fatal or life-threatening"),
    FATAL_OR_LIFE_THREATENING_AND_UNEXPECTED(
            "fatal_or_life_threatening_and_unexpected", "fatal or life-threatening and unexpected"),
    SERIOUS("serious", "serious"),
    SERIOUS_AND_UNEXPECTED("serious_and_unexpected", "serious and unexpected"),
    SERIOUS_OTHER("serious_other", "serious, neither fatal nor life-threatening"),
    SERIOUS_AND_UNEXPECTED_OTHER(
            "serious_and_unexpected_other", "serious and unexpected, neither fatal nor life-threatening"),
    NON_SERIOUS("non_serious", "non-serious"),
    ANY("any", "any case");

    private final String code;
    private final String words;

    DutyCondition(String code, String words) {
        this.code = code;
        this.words = words;
    }

    @Override
    public String code() {
        return code;
    }

    /** The condition in words, for the explanation of a deadline. */
    public String words() {
        return words;
    }

    public boolean holds(SeriousnessCriteria seriousness, boolean unexpected) {
        boolean grave = seriousness.isFatalOrLifeThreatening();
        boolean serious = seriousness.isSerious();
        return switch (this) {
            case FATAL_OR_LIFE_THREATENING -> grave;
            case FATAL_OR_LIFE_THREATENING_AND_UNEXPECTED -> grave && unexpected;
            case SERIOUS -> serious;
            case SERIOUS_AND_UNEXPECTED -> serious && unexpected;
            case SERIOUS_OTHER -> serious && !grave;
            case SERIOUS_AND_UNEXPECTED_OTHER -> serious && !grave && unexpected;
            case NON_SERIOUS -> !serious;
            case ANY -> true;
        };
    }
}
