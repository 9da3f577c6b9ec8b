package org.exovigil.app.registry;

import org.exovigil.app.refusals.RefusalCode;

/**
 * Why a regulator's review of the register is refused. Each text is {@code refusal.EXO-nnnn} in the message
 * files, with the particulars named in the comments here.
 */
public enum RegistryRefusal implements RefusalCode {
    /** {0}: the kind of record, provider or product. */
    NOT_AWAITING_REVIEW("EXO-1431"),
    MERGED_INTO_ITSELF("EXO-1432"),
    NOT_BOTH_LIVE("EXO-1433"),
    /** {0}: the id given. New in issue 17: a member's provider that does not exist had no code. */
    NO_SUCH_PROVIDER("EXO-1434"),
    /** {0}: the login name given. Issue 18: an invited clinic person could not be linked afterwards. */
    NO_SUCH_ACCOUNT("EXO-1437"),
    /** {0}: the login name; only a clinic (provider) account acts for a provider. */
    NOT_A_CLINIC_ACCOUNT("EXO-1438");

    private final String id;

    RegistryRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
