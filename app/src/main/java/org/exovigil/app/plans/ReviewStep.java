package org.exovigil.app.plans;

import java.time.Instant;
import org.exovigil.vigilance.model.Coded;

/**
 * One step in a plan's life: a declared conflict, a question, an answer or a decision on one of its
 * versions; a change filed; the plan withdrawn, suspended, reinstated or revoked.
 */
public record ReviewStep(int seq, int version, String kind, String byWhom, Instant at, String text) {

    /**
     * The status a decision gave its version ({@link VersionStatus} code), which a decision's text begins
     * with ("accepted: reasons"); null for any other step. The pages word it in the reader's language.
     */
    public String verdict() {
        if (!kind.equals("decision") || text.indexOf(':') < 0) {
            return null;
        }
        String code = text.substring(0, text.indexOf(':'));
        return Coded.fromCode(VersionStatus.class, code).isPresent() ? code : null;
    }

    /** What the step says: for a decision, its reasons without the status code before them. */
    public String said() {
        return verdict() == null ? text : text.substring(text.indexOf(':') + 1).strip();
    }
}
