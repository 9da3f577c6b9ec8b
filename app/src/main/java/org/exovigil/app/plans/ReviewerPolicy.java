package org.exovigil.app.plans;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exovigil.app.refusals.Refusal;

/**
 * Who may review a plan, and who speaks for its provider. A provider's own people never review its plan or its
 * changes, nor does whoever filed it. A reviewer declares conflicts of interest on each version before asking or
 * deciding on it, and a conflict once declared on any version stands: "none" after it does not clear the member (ISO/IEC
 * 17065 §4.2, impartiality; OWASP ASVS 4.0.3 V1.11.2, a business flow that cannot be stepped around).
 *
 * @param providersPeople the principals linked to the plan's provider
 * @param filedBy         who filed the plan
 * @param declarations    every declaration of conflicts on the plan, on any version
 */
record ReviewerPolicy(Set<String> providersPeople, String filedBy, List<Declaration> declarations) {

    ReviewerPolicy {
        providersPeople = Set.copyOf(providersPeople);
        declarations = List.copyOf(declarations);
    }

    /** A reviewer's declaration on one version: the conflict, or "" for none. */
    record Declaration(String reviewer, int version, String conflict) {}

    /** Whether the principal is one of the provider's own people, who alone file, answer, withdraw and report. */
    boolean speaksForProvider(String principal) {
        return providersPeople.contains(principal);
    }

    Optional<Refusal> mayReview(String reviewer) {
        if (filedBy.equals(reviewer) || providersPeople.contains(reviewer)) {
            return refused(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);
        }
        return Optional.empty();
    }

    /** A declaration of no conflict ({@code conflict} blank) is refused once the reviewer declared one. */
    Optional<Refusal> mayDeclare(String reviewer, String conflict) {
        return mayReview(reviewer)
                .or(() -> blank(conflict) && declaredConflict(reviewer)
                        ? refused(PlanRefusal.CONFLICT_STANDS)
                        : Optional.empty());
    }

    /** Asking and deciding need a declaration of no conflict on this version, and no conflict on any. */
    Optional<Refusal> mayAskOrDecide(String reviewer, int version) {
        return mayReview(reviewer).or(() -> cleared(reviewer, version));
    }

    private Optional<Refusal> cleared(String reviewer, int version) {
        if (declaredConflict(reviewer)) {
            return refused(PlanRefusal.REVIEWER_CONFLICTED);
        }
        boolean declared = declarations.stream()
                .anyMatch(declaration -> declaration.reviewer().equals(reviewer) && declaration.version() == version);
        return declared ? Optional.empty() : refused(PlanRefusal.CONFLICTS_NOT_DECLARED);
    }

    private boolean declaredConflict(String reviewer) {
        return declarations.stream()
                .anyMatch(declaration -> declaration.reviewer().equals(reviewer)
                        && !declaration.conflict().isEmpty());
    }

    private static Optional<Refusal> refused(PlanRefusal code) {
        return Optional.of(Refusal.of(code));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
