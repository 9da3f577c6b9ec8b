package org.exovigil.vigilance.causality;

/**
 * The ten questions of the adverse drug reaction probability scale, with the points for "yes" and
 * "no"; "do not know" scores 0 (Naranjo CA, Busto U, Sellers EM et al. A method for estimating the
 * probability of adverse drug reactions. Clin Pharmacol Ther 1981;30(2):239–245, Table I; reproduced
 * in PMC5774610, Table 2).
 */
public enum NaranjoQuestion {
    PREVIOUS_CONCLUSIVE_REPORTS("Are there previous conclusive reports on this reaction?", 1, 0),
    APPEARED_AFTER_DRUG("Did the adverse event appear after the suspected drug was administered?", 2, -1),
    IMPROVED_ON_DISCONTINUATION(
            "Did the adverse reaction improve when the drug was discontinued or a specific antagonist was administered?",
            1,
            0),
    REAPPEARED_ON_READMINISTRATION("Did the adverse reaction reappear when the drug was readministered?", 2, -1),
    ALTERNATIVE_CAUSES(
            "Are there alternative causes (other than the drug) that could on their own have caused the reaction?",
            -1,
            2),
    REAPPEARED_WITH_PLACEBO("Did the reaction reappear when a placebo was given?", -1, 1),
    TOXIC_CONCENTRATION(
            "Was the drug detected in the blood (or other fluids) in concentrations known to be toxic?", 1, 0),
    DOSE_RESPONSE(
            "Was the reaction more severe when the dose was increased, or less severe when the dose was decreased?",
            1,
            0),
    SIMILAR_REACTION_BEFORE(
            "Did the patient have a similar reaction to the same or similar drugs in any previous exposure?", 1, 0),
    OBJECTIVE_EVIDENCE("Was the adverse event confirmed by any objective evidence?", 1, 0);

    private final String text;
    private final int yes;
    private final int no;

    NaranjoQuestion(String text, int yes, int no) {
        this.text = text;
        this.yes = yes;
        this.no = no;
    }

    public String text() {
        return text;
    }

    public int points(NaranjoAnswer answer) {
        return switch (answer) {
            case YES -> yes;
            case NO -> no;
            case DO_NOT_KNOW -> 0;
        };
    }
}
