package org.exovigil.app.reports;

import org.exovigil.app.refusals.RefusalCode;

/**
 * Why the reports capability refuses a request: a sender's Idempotency-Key, or a reviewer's step on a case
 * (follow-up, causality, duplicates). A step the vigilance core refuses keeps the core's code. Each text is
 * {@code refusal.EXO-nnnn} in the message files, with the particulars named in the comments here.
 */
public enum ReportRefusal implements RefusalCode {
    /** {0}: the longest key allowed. EXO-1200 until issue 17, which is the core's code for "not JSON". */
    IDEMPOTENCY_KEY_LENGTH("EXO-1224"),
    /** {0}: the id of the report the key first came with. */
    IDEMPOTENCY_KEY_REUSED("EXO-1221"),
    /** {0}: the profile asked for; {1}: the profiles there are. */
    EXPORT_PROFILE_UNKNOWN("EXO-1225"),
    /** {0}: the parties a question may be put to. */
    FOLLOW_UP_PARTY("EXO-1421"),
    /** {0}: the longest question. */
    FOLLOW_UP_QUESTION("EXO-1422"),
    FOLLOW_UP_DUE("EXO-1423"),
    /** {0}: the longest answer. */
    FOLLOW_UP_ANSWER("EXO-1424"),
    FOLLOW_UP_ANSWERED("EXO-1425"),
    CAUSALITY_PAIR("EXO-1441"),
    CAUSALITY_METHOD("EXO-1442"),
    /** EXO-1441 until issue 17, which causality had first. */
    DUPLICATE_DECISION("EXO-1461");

    private final String id;

    ReportRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
