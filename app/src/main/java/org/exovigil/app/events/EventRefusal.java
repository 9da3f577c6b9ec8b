package org.exovigil.app.events;

import org.exovigil.app.refusals.RefusalCode;

/** Why an event, a request or a piece of evidence is refused. Each text is {@code refusal.EXO-nnnn}. */
public enum EventRefusal implements RefusalCode {
    /** {0}: the maximum length of the text as received. */
    INCOMPLETE("EXO-1915"),
    SOURCE_DATE_IN_FUTURE("EXO-1916"),
    LINK("EXO-1917"),
    /** {0}: the outcome codes. */
    OUTCOME("EXO-1918"),
    /** {0}: the reference given. */
    CASE_UNKNOWN("EXO-1919"),
    /** {0}: the kinds of addressee. */
    ADDRESSEE("EXO-1920"),
    /** {0}: the maximum length. */
    ASKED("EXO-1921"),
    DUE("EXO-1922"),
    /** {0}: the power named; {1}: the country; {2}: the addressee. */
    POWER("EXO-1923"),
    /** {0}: the limit in bytes. */
    DOCUMENT_TOO_LARGE("EXO-1924"),
    /** {0}: the type declared. */
    DOCUMENT_TYPE("EXO-1925"),
    SUPPLIER("EXO-1926"),
    EVIDENCE_EMPTY("EXO-1927"),
    /** {0}: the request number. */
    REQUEST_UNKNOWN("EXO-1928"),
    /** {0}: the evidence number. */
    EVIDENCE_UNKNOWN("EXO-1929"),
    COUNTRY("EXO-1930"),
    /** {0}: the longest a claimed field may be. */
    CLAIM_TOO_LONG("EXO-1931"),
    /** {0}: the longest a public statement may be. */
    PUBLIC_STATEMENT("EXO-1932"),
    /** The event is closed: its evidence is what the decision rested on. */
    CLOSED("EXO-1933");

    private final String id;

    EventRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
