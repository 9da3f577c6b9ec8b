package org.exovigil.vigilance.duplicates;

import java.util.Objects;

/**
 * How one field's values are thought to be recorded, after the hit-miss model of Copas and Hilton
 * (J R Stat Soc A 1990;153:287–320) as vigiMatch uses it (Norén, Orre, Bate, Data Min Knowl Disc
 * 2007;14:305–328): each report holds the true value (a hit), a wrong value drawn at random from the
 * field's value frequencies (a miss), or nothing (a blank). The probabilities are the reviewed
 * parameters of {@code vigilance/duplicate-detection.yaml}.
 */
public sealed interface FieldModel {

    /** Where the figures come from, as cited in the parameters file. */
    String source();

    /**
     * The blank probability b, or null to take the share of blank values in the data set being
     * deduplicated (as DiAna does for sex and country).
     */
    Double blank();

    /**
     * Hit-miss for a field compared by equality (one value or a set of values).
     *
     * @param miss  a, the probability that a report holds a random value instead of the true one
     * @param blank b, or null for the observed share of blanks
     */
    record HitMiss(double miss, Double blank, String source) implements FieldModel {
        public HitMiss {
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The hit-miss mixture for a number, whose recorded value may also be near the true one (Norén et al.
     * 2007): a deviation adds a normal error of standard deviation {@code sigma}.
     *
     * @param deviation a1, the probability of a value off by a normal error
     * @param miss      a2, the probability of a random value
     * @param blank     b, or null for the observed share of blanks
     * @param sigma     the error's standard deviation, in the field's unit (years, days)
     */
    record HitMissMixture(double deviation, double miss, Double blank, double sigma, String source)
            implements FieldModel {
        public HitMissMixture {
            Objects.requireNonNull(source, "source");
        }
    }
}
