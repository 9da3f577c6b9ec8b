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
     * the condition the case fails, named by what the case is (a death is {@link Shortfall#FATAL_OR_LIFE_THREATENING},
     * never "not non-serious"). Only meaningful when {@link #holds} is false; {@link #ANY} always holds.
     */
    public Shortfall unmetBecause(SeriousnessCriteria seriousness, boolean unexpected) {
        boolean grave = seriousness.isFatalOrLifeThreatening();
        boolean serious = seriousness.isSerious();
        return switch (this) {
            case FATAL_OR_LIFE_THREATENING, FATAL_OR_LIFE_THREATENING_AND_UNEXPECTED ->
                grave ? Shortfall.EXPECTED : Shortfall.NEITHER_FATAL_NOR_LIFE_THREATENING;
            case SERIOUS, SERIOUS_AND_UNEXPECTED -> serious ? Shortfall.EXPECTED : Shortfall.NOT_SERIOUS;
            case SERIOUS_OTHER, SERIOUS_AND_UNEXPECTED_OTHER -> {
                if (!serious) {
                    yield Shortfall.NOT_SERIOUS;
                }
                yield grave ? Shortfall.FATAL_OR_LIFE_THREATENING : Shortfall.EXPECTED;
            }
            case NON_SERIOUS -> Shortfall.SERIOUS;
            case ANY -> throw new IllegalStateException("every case meets the condition \"any\"");
        };
    }

    /** What a case is that keeps it out of a condition; the reader's language words it. */
    public enum Shortfall implements Coded {
        /** The reaction is expected, and the condition covers unexpected ones only. */
        EXPECTED("expected"),
        NEITHER_FATAL_NOR_LIFE_THREATENING("neither_fatal_nor_life_threatening"),
        NOT_SERIOUS("not_serious"),
        /** Fatal or life-threatening, which the regime gives a shorter clock of its own. */
        FATAL_OR_LIFE_THREATENING("fatal_or_life_threatening"),
        SERIOUS("serious");

        private final String code;

        Shortfall(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
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
