package org.exovigil.vigilance.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seriousness of a reaction or of a whole case (ICH E2A §II.B): a case is serious when any of its
 * reactions meets any criterion. A fatal outcome (E2B(R3) E.i.7 = 5) counts as "results in death" even
 * when the sender did not tick E.i.3.2a, so a death can never slip under a non-serious clock.
 */
public record SeriousnessCriteria(Set<SeriousnessCriterion> criteria) {

    public SeriousnessCriteria {
        criteria = criteria.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(criteria));
    }

    public static SeriousnessCriteria ofReaction(Reaction reaction) {
        EnumSet<SeriousnessCriterion> all = EnumSet.noneOf(SeriousnessCriterion.class);
        all.addAll(reaction.seriousness());
        if (reaction.outcome() == ReactionOutcome.FATAL) {
            all.add(SeriousnessCriterion.DEATH);
        }
        return new SeriousnessCriteria(all);
    }

    public static SeriousnessCriteria ofCase(IndividualCaseSafetyReport report) {
        EnumSet<SeriousnessCriterion> all = EnumSet.noneOf(SeriousnessCriterion.class);
        report.reactions().forEach(r -> all.addAll(ofReaction(r).criteria()));
        return new SeriousnessCriteria(all);
    }

    public boolean isSerious() {
        return !criteria.isEmpty();
    }

    /** Death or life-threatening: the 7-day criteria of 21 CFR 312.32(c)(2), EU SUSARs and the ASRM. */
    public boolean isFatalOrLifeThreatening() {
        return criteria.contains(SeriousnessCriterion.DEATH)
                || criteria.contains(SeriousnessCriterion.LIFE_THREATENING);
    }
}
