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

    /**
     * Why a case does not meet this condition, as a true statement about the case: the first part of
     * the condition the case fails, named by what the case is (a death is "fatal or life-threatening",
     * never "not non-serious"). Only meaningful when {@link #holds} is false.
     */
    public String unmetBecause(SeriousnessCriteria seriousness, boolean unexpected) {
        boolean grave = seriousness.isFatalOrLifeThreatening();
        boolean serious = seriousness.isSerious();
        String coverage = "it covers " + words + " cases";
        return switch (this) {
            case FATAL_OR_LIFE_THREATENING, FATAL_OR_LIFE_THREATENING_AND_UNEXPECTED ->
                grave
                        ? coverage + ", and the reaction is expected"
                        : coverage + ", and the case is neither fatal nor life-threatening";
            case SERIOUS, SERIOUS_AND_UNEXPECTED ->
                serious ? coverage + ", and the reaction is expected" : coverage + ", and the case is not serious";
            case SERIOUS_OTHER, SERIOUS_AND_UNEXPECTED_OTHER -> {
                if (!serious) {
                    yield coverage + ", and the case is not serious";
                }
                if (grave) {
                    yield coverage
                            + ", and the case is fatal or life-threatening, which has a shorter clock of its own";
                }
                yield coverage + ", and the reaction is expected";
            }
            case NON_SERIOUS -> coverage + ", and the case is serious";
            case ANY -> coverage;
        };
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
