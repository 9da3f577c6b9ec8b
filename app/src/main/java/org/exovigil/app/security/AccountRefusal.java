package org.exovigil.app.security;

import org.exovigil.app.refusals.RefusalCode;

/**
 * Why an account, a password or an API token is refused. Each text is {@code refusal.EXO-nnnn} in the message
 * files, with the particulars named in the comments here.
 */
public enum AccountRefusal implements RefusalCode {
    /** {0}: when the lock ends. */
    LOCKED("EXO-1511"),
    /** {0}: the fewest characters. */
    PASSWORD_TOO_SHORT("EXO-1521"),
    PASSWORD_TOO_LONG("EXO-1522"),
    PASSWORD_COMMON("EXO-1523"),
    PASSWORD_NAMES_ACCOUNT("EXO-1524"),
    CURRENT_PASSWORD_WRONG("EXO-1525"),
    /** {0}: the account. */
    ACCOUNT_DISABLED("EXO-1526"),
    /** {0}: the account. */
    LAST_ADMINISTRATOR("EXO-1527"),
    NOT_SIGNED_IN("EXO-1528"),
    /** {0}: the longest name. The codes from here on are new in issue 17, for refusals that had none. */
    NAME_LENGTH("EXO-1529"),
    /** {0}: the name. */
    NO_SUCH_ACCOUNT("EXO-1530"),
    /** {0}: the name. */
    NAME_RESERVED("EXO-1531"),
    /** {0}: the name. */
    NAME_OF_AN_ACCOUNT("EXO-1532"),
    /** {0}: the name. */
    NAME_OF_A_TOKEN("EXO-1533"),
    SETUP_LINK_SPENT("EXO-1534"),
    PASSWORDS_DIFFER("EXO-1535");

    private final String id;

    AccountRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
