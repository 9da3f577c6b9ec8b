package org.exovigil.vigilance.signal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A signal's priority score in the manner of vigiRank (Caster O, Juhlin K, Watson S, Norén GN. Improved
 * statistical signal detection in pharmacovigilance by combining multiple strength-of-evidence aspects in
 * vigiRank. Drug Saf 2014;37:617-628): a weighted sum of strength-of-evidence aspects rather than
 * disproportionality alone,
 * <pre>   score = sum over factors f of weight(f) * transform_f(features)</pre>
 * with the transforms of {@link PriorityFactor} and the weights of the reviewed file
 * ({@link PriorityWeights}). Unlike vigiRank, Exovigil adds the aspects GVP IX.B.4 names for
 * prioritisation (seriousness, fatal outcome, important risks) and those only a register holds (clinics,
 * lots). The score ranks signals and suggests a level; the regulator sets the priority.
 *
 * @param total         the score
 * @param contributions each factor's weighted term, so a reader sees why
 * @param suggested     the level the thresholds of the weights file give the total
 */
public record PriorityScore(double total, Map<PriorityFactor, Double> contributions, PriorityLevel suggested) {

    public PriorityScore {
        contributions = Collections.unmodifiableMap(new EnumMap<>(contributions));
    }

    public static PriorityScore of(SignalFeatures features, PriorityWeights weights) {
        var contributions = new EnumMap<PriorityFactor, Double>(PriorityFactor.class);
        double total = 0;
        for (PriorityFactor factor : PriorityFactor.values()) {
            double term = weights.weight(factor) * factor.of(features);
            contributions.put(factor, term);
            total += term;
        }
        PriorityLevel level = total >= weights.high()
                ? PriorityLevel.HIGH
                : total >= weights.medium() ? PriorityLevel.MEDIUM : PriorityLevel.LOW;
        return new PriorityScore(total, contributions, level);
    }
}
