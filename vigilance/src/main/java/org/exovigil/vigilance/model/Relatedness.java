package org.exovigil.vigilance.model;

import java.util.List;

/**
 * ICH E2B(R3) G.k.9.i, how one drug relates to one reaction, as the sender's sources assessed it (the
 * reporter, the company, a regulator), each with its own method and result. Exovigil's own assessments
 * (WHO-UMC, Naranjo) are kept apart, by the application.
 *
 * @param reaction    G.k.9.i.1, the reaction's position in the report's reactions (0-based)
 * @param assessments G.k.9.i.2.r
 */
public record Relatedness(int reaction, List<Assessment> assessments) {

    public Relatedness {
        assessments = List.copyOf(assessments);
    }

    /**
     * G.k.9.i.2.r, one assessment of relatedness.
     *
     * @param source G.k.9.i.2.r.1 source of assessment (e.g. "primary source reporter", "sponsor")
     * @param method G.k.9.i.2.r.2 method of assessment (e.g. "global introspection", "WHO-UMC")
     * @param result G.k.9.i.2.r.3 result of assessment (e.g. "related", "possible")
     */
    public record Assessment(String source, String method, String result) {}
}
