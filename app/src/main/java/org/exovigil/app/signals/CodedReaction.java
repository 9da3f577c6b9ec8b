package org.exovigil.app.signals;

/**
 * A reaction of a case as groups and signals see it: its words as reported (ICH E2B(R3) E.i.1.1a) and, once
 * coded ({@code reaction_code}), the open vocabulary's concept and the MedDRA preferred term it stands for.
 *
 * @param verbatim the reported words; null for a reaction reported by its code only
 * @param conceptId the concept ({@code EXO:...}), null when not coded in the open vocabulary
 * @param ptName the English MedDRA PT name the code stands for, null when not coded
 * @param meddraVersion E.i.2.1a when coded in MedDRA, else null
 * @param score the suggester's score when the code is Exovigil's suggestion, null when a person chose it
 */
public record CodedReaction(String verbatim, String conceptId, String ptName, String meddraVersion, Double score) {

    /** A reaction whose code a person chose (or that has none). */
    public CodedReaction(String verbatim, String conceptId, String ptName, String meddraVersion) {
        this(verbatim, conceptId, ptName, meddraVersion, null);
    }

    /** A reaction nobody has coded yet. */
    static CodedReaction uncoded(String verbatim) {
        return new CodedReaction(verbatim, null, null, null);
    }

    /** A public data set's reaction: FAERS and VAERS give the MedDRA PT name. */
    static CodedReaction preferredTerm(String ptName, String meddraVersion) {
        return new CodedReaction(null, null, ptName, meddraVersion);
    }

    /**
     * This reaction if its code is a person's or a suggestion scoring at least {@code minScore}; else the same
     * reaction counted by its words, as if not yet coded.
     */
    CodedReaction trusted(double minScore) {
        return score == null || score >= minScore ? this : uncoded(verbatim);
    }

    boolean coded() {
        return conceptId != null || ptName != null;
    }
}
