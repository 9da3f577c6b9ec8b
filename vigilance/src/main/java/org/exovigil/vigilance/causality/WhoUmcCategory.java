package org.exovigil.vigilance.causality;

import java.util.List;

/**
 * The WHO-UMC system for standardised case causality assessment (Uppsala Monitoring Centre, "The use
 * of the WHO-UMC system for standardised case causality assessment", 2013; reproduced in Shukla et al.,
 * PMC6039921, Box 2). Each category holds its criteria, all of which an assessor must judge met; the
 * categories are judged by a person, so this is a vocabulary with its definitions, not a calculator.
 */
public enum WhoUmcCategory {
    CERTAIN(
            "certain",
            List.of(
                    "event or laboratory test abnormality, with plausible time relationship to drug intake",
                    "cannot be explained by disease or other drugs",
                    "response to withdrawal plausible (pharmacologically, pathologically)",
                    "event definitive pharmacologically or phenomenologically",
                    "rechallenge satisfactory, if necessary")),
    PROBABLE(
            "probable",
            List.of(
                    "event or laboratory test abnormality, with reasonable time relationship to drug intake",
                    "unlikely to be attributed to disease or other drugs",
                    "response to withdrawal clinically reasonable",
                    "rechallenge not required")),
    POSSIBLE(
            "possible",
            List.of(
                    "event or laboratory test abnormality, with reasonable time relationship to drug intake",
                    "could also be explained by disease or other drugs",
                    "information on drug withdrawal may be lacking or unclear")),
    UNLIKELY(
            "unlikely",
            List.of(
                    "event or laboratory test abnormality, with a time to drug intake that makes a relationship improbable (but not impossible)",
                    "disease or other drugs provide plausible explanations")),
    CONDITIONAL(
            "conditional",
            List.of(
                    "event or laboratory test abnormality",
                    "more data for proper assessment needed, or additional data under examination")),
    UNASSESSABLE(
            "unassessable",
            List.of(
                    "report suggesting an adverse reaction",
                    "cannot be judged because information is insufficient or contradictory",
                    "data cannot be supplemented or verified"));

    private final String code;
    private final List<String> criteria;

    WhoUmcCategory(String code, List<String> criteria) {
        this.code = code;
        this.criteria = criteria;
    }

    public String code() {
        return code;
    }

    /** The criteria of the category, worded as in the WHO-UMC table. */
    public List<String> criteria() {
        return criteria;
    }

    /** Certain, probable and possible support a "reasonable possibility" of a causal relationship. */
    public boolean suggestsCausality() {
        return this == CERTAIN || this == PROBABLE || this == POSSIBLE;
    }
}
