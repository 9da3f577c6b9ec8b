package org.exovigil.app;

import java.util.UUID;

/**
 * Published inside the transaction that changed the case store (a report received, a follow-up, a
 * nullification, a merge in the register), for work that follows the cases after they are committed:
 * cluster alerts, duplicate detection. It lives at the root so that capabilities listen without
 * depending on each other.
 *
 * @param caseId the case changed, or null when a change touched many (a merge of two products)
 */
public record CasesChanged(UUID caseId) {}
