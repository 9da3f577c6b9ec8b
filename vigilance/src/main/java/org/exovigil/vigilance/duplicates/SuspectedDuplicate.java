package org.exovigil.vigilance.duplicates;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Two cases the matcher suspects are reports of one, with the evidence: the total score and what each
 * field added to it, so that a reviewer sees why ("age agrees (+6.0), onset 2 days apart (+0.2), lots
 * differ (−1.7)"). A suspicion, not a finding: vigiMatch's output too has false positives and negatives.
 *
 * @param first               the case whose id sorts first
 * @param second              the other case
 * @param score               the sum of the field weights, in bits
 * @param contributions       one entry per field, in the order of {@link Field}
 * @param externalIndication  why the pair is linked by the reports themselves (one names the other's
 *                            id), or null; such a pair is suspected whatever its score
 */
public record SuspectedDuplicate(
        String first, String second, double score, List<FieldWeight> contributions, String externalIndication) {

    public SuspectedDuplicate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        contributions = List.copyOf(contributions);
    }

    public boolean isExternallyIndicated() {
        return externalIndication != null;
    }

    /** The other case of the pair. */
    public String other(String caseId) {
        return caseId.equals(first) ? second : first;
    }

    /**
     * One line for a reviewer: the external indication first if any, then the fields that counted (blank
     * ones add nothing), largest weight first: {@code +31.2: events agree on meddra:10019211 (+7.9), age
     * agrees (+6.0), …}.
     */
    public String explanation() {
        String fields = contributions.stream()
                .filter(c -> c.weight() != 0)
                .sorted((x, y) -> Double.compare(Math.abs(y.weight()), Math.abs(x.weight())))
                .map(FieldWeight::toString)
                .collect(Collectors.joining(", "));
        String total = FieldWeight.signed(score) + ": " + fields;
        return externalIndication == null ? total : externalIndication + "; " + total;
    }
}
