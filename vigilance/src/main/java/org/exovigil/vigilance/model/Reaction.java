package org.exovigil.vigilance.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * ICH E2B(R3) E.i, one reaction or event.
 *
 * @param term        E.i.1.1a as reported (verbatim, any language), up to 250 characters; null when the
 *                    sender gave only the coded term, which E2B(R3) allows (E.i.1.1a is required only
 *                    when E.i.2.1b is absent, ICH E2B(R3) IG 3.5 business rules)
 * @param codedTerm   E.i.2.1 coded term, null until coded
 * @param onset       E.i.4 date of start; null when unknown
 * @param outcome     E.i.7 outcome at the time of last observation; null when not reported
 * @param seriousness E.i.3.2 the criteria this reaction meets (ICH E2A §II.B); empty when non-serious
 * @param details     E.i beyond these, as another system sent it; null when none were sent
 */
public record Reaction(
        String term,
        CodedTerm codedTerm,
        LocalDate onset,
        ReactionOutcome outcome,
        Set<SeriousnessCriterion> seriousness,
        ReactionDetails details) {

    public Reaction {
        if (term == null && codedTerm == null) {
            throw new NullPointerException("term or codedTerm");
        }
        seriousness = seriousness.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(seriousness));
    }

    public static Checked<Reaction> of(
            String term,
            CodedTerm codedTerm,
            LocalDate onset,
            ReactionOutcome outcome,
            Set<SeriousnessCriterion> seriousness) {
        return of(term, codedTerm, onset, outcome, seriousness, null);
    }

    public static Checked<Reaction> of(
            String term,
            CodedTerm codedTerm,
            LocalDate onset,
            ReactionOutcome outcome,
            Set<SeriousnessCriterion> seriousness,
            ReactionDetails details) {
        List<Problem> problems = new ArrayList<>();
        String t = ElementRules.trimmedOrNull(term);
        if (t == null && codedTerm == null) {
            problems.add(new Problem(
                    ProblemCode.MISSING, "term", "expected the reaction as reported, or its coded term (MedDRA)"));
        }
        ElementRules.maxLength("term", t, 250, problems);
        if (details != null) {
            ElementRules.maxLength("details.translation", details.translation(), 250, problems);
            LocalDate end = details.endedOn() == null ? null : details.endedOn().date();
            if (onset != null && end != null && end.isBefore(onset)) {
                problems.add(new Problem(
                        ProblemCode.INCONSISTENT_DATES,
                        "details.endedOn",
                        "expected a date on or after the onset %s, got %s".formatted(onset, details.endedOn())));
            }
        }
        return Checked.unless(
                problems,
                () -> new Reaction(
                        t, codedTerm, onset, outcome, seriousness == null ? Set.of() : seriousness, details));
    }

    /** What people read for the reaction: the reporter's words, or the coded term when they were not sent. */
    public String label() {
        return term != null ? term : codedTerm.label();
    }
}
