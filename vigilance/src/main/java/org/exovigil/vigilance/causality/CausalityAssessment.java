package org.exovigil.vigilance.causality;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One assessment of the relatedness of a product to a reaction, as ICH E2B(R3) G.k.9.i.2.r holds it:
 * who assessed (r.1 source of assessment), by which method (r.2) and with which result (r.3). A case may
 * carry several, e.g. the reporter's and the regulator's; none overrides another.
 *
 * @param productIndex  position of the product in the report (G.k)
 * @param reactionIndex position of the reaction in the report (E.i)
 * @param source        G.k.9.i.2.r.1, e.g. "reporter", "certified committee"
 * @param method        G.k.9.i.2.r.2, e.g. "WHO-UMC", "Naranjo"
 * @param result        G.k.9.i.2.r.3, e.g. "probable", or "probable (Naranjo 6)"
 * @param assessedOn    date of the assessment
 */
public record CausalityAssessment(
        int productIndex, int reactionIndex, String source, String method, String result, LocalDate assessedOn) {

    public CausalityAssessment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(result, "result");
    }

    public static CausalityAssessment whoUmc(
            int productIndex, int reactionIndex, String source, WhoUmcCategory category, LocalDate assessedOn) {
        return new CausalityAssessment(productIndex, reactionIndex, source, "WHO-UMC", category.code(), assessedOn);
    }

    public static CausalityAssessment naranjo(
            int productIndex, int reactionIndex, String source, NaranjoScore score, LocalDate assessedOn) {
        String result =
                "%s (Naranjo score %d)".formatted(score.category().name().toLowerCase(Locale.ROOT), score.total());
        return new CausalityAssessment(productIndex, reactionIndex, source, "Naranjo", result, assessedOn);
    }
}
