package org.exovigil.app.security;

import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.refusals.RefusalCode;

/**
 * An account change that breaks a rule (name taken, link expired, password too weak), carrying its {@link Refusal}.
 * Account changes throw it rather than return an {@code Outcome}: a refusal may come after a write of the same
 * transaction (a provider's new member whose provider does not exist), which the exception rolls back.
 */
public final class AccountRefused extends RuntimeException {

    private final Refusal refusal;

    public AccountRefused(RefusalCode code, Object... particulars) {
        this(Refusal.of(code, particulars));
    }

    private AccountRefused(Refusal refusal) {
        super(refusal.code().id() + " " + refusal.particulars(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
