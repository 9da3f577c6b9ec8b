package org.exovigil.app.security;

/** An account change that breaks a rule (name taken, link expired, password too weak). */
public final class AccountRefused extends RuntimeException {

    public AccountRefused(String message) {
        super(message, null, false, false);
    }
}
