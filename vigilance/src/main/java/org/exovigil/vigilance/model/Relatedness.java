package org.exovigil.vigilance.model;

import java.util.List;

/**
 * ICH E2B(R3) G.k.9.i, how one drug relates to one reaction, as the sender's sources assessed it (the
 * reporter, the company, a regulator), each with its own method and result. Exovigil's own assessments
 * (WHO-UMC, Naranjo) are kept apart, by the application.
 *
 * @param reaction         G.k.9.i.1, the reaction's position in the report's reactions (0-based)
 * @param assessments      G.k.9.i.2.r
 * @param startInterval    G.k.9.i.3.1 time from the beginning of administration to the start of the reaction
 * @param lastDoseInterval G.k.9.i.3.2 time from the last dose to the start of the reaction
 * @param recurrence       G.k.9.i.4 did the reaction recur on re-administration (the E2B code: 1 yes, 2 no,
 *                         3 unknown, 4 not re-administered); null when not said
 */
public record Relatedness(
        int reaction,
        List<Assessment> assessments,
        Quantity startInterval,
        Quantity lastDoseInterval,
        String recurrence) {

    /** Only the assessments, as Exovigil's own reports and most senders give them. */
    public Relatedness(int reaction, List<Assessment> assessments) {
        this(reaction, assessments, null, null, null);
    }

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
