package org.exovigil.vigilance.terminology;

/**
 * One row of {@code smq_content.asc}: a term of an SMQ. The term is a sub-SMQ (term_level 0, scope null),
 * a preferred term (4) or a lowest level term (5); an inactive row (status I) is kept for history only.
 * The category (A, B, ...) matters to algorithmic SMQs.
 */
public record MeddraSmqTerm(long smqCode, long termCode, int termLevel, Scope scope, String category, boolean active) {

    public static final int SUB_SMQ = 0;
    public static final int PREFERRED_TERM = 4;
    public static final int LOWEST_LEVEL_TERM = 5;

    public MeddraSmqTerm {
        if (termLevel != SUB_SMQ && termLevel != PREFERRED_TERM && termLevel != LOWEST_LEVEL_TERM) {
            throw new IllegalArgumentException("term_level " + termLevel);
        }
    }
}
