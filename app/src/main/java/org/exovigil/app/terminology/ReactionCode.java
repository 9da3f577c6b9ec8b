package org.exovigil.app.terminology;

import java.time.Instant;
import java.util.UUID;
import org.exovigil.vigilance.model.CodedTerm;

/**
 * The stored code of one reaction of a case (one row of {@code reaction_code}).
 *
 * @param reaction      0-based index of the reaction in the case's current version
 * @param verbatim      E.i.1.1a as reported
 * @param conceptId     the open vocabulary's concept, null when none
 * @param ptName        the English MedDRA PT name the code stands for, null when unknown
 * @param meddraVersion E.i.2.1a when coded in MedDRA, else null
 * @param lltCode       E.i.2.1b when coded in MedDRA, else null
 * @param ptCode        the PT of the LLT, or the concept's sourced PT; null when unknown
 * @param score         the suggester's score, null when a person chose the code
 */
public record ReactionCode(
        UUID caseId,
        int reaction,
        String verbatim,
        String conceptId,
        String ptName,
        String meddraVersion,
        Long lltCode,
        Long ptCode,
        Double score,
        Status status,
        String decidedBy,
        Instant decidedAt) {

    /** Exovigil's suggestion, or a regulator's decision. */
    public enum Status {
        SUGGESTED,
        CONFIRMED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    /** Coded in MedDRA, so E2B(R3) E.i.2.1a/b can carry it. */
    public boolean inMeddra() {
        return lltCode != null && meddraVersion != null;
    }

    /** E.i.2.1a/b, present only for a MedDRA code: E2B(R3) allows MedDRA alone there. */
    public java.util.Optional<CodedTerm> e2bTerm() {
        return inMeddra()
                ? java.util.Optional.of(new CodedTerm("meddra", meddraVersion, Long.toString(lltCode)))
                : java.util.Optional.empty();
    }

    /** The code as the coding forms name it: the LLT code in MedDRA, else the concept id. */
    public String code() {
        return lltCode != null ? Long.toString(lltCode) : conceptId;
    }
}
