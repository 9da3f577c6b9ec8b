package org.exovigil.app.security;

import java.util.Collection;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A person signed in with a password. It carries the account's row id, because what a person owns is
 * owned by the id and never by the name, and which password that was ({@code credentialsVersion}): once
 * the password changes, is replaced by a new setup link or the account is disabled, the version in the
 * database moves on and {@link AccountStandingFilter} ends this session (OWASP ASVS 4.0.3 V3.3.3, V2.5.4).
 */
final class SignedInAccount extends User {

    private final long id;
    private final int credentialsVersion;

    SignedInAccount(
            long id,
            String name,
            String passwordHash,
            Collection<? extends GrantedAuthority> authorities,
            int credentialsVersion) {
        super(name, passwordHash, authorities);
        this.id = id;
        this.credentialsVersion = credentialsVersion;
    }

    long id() {
        return id;
    }

    int credentialsVersion() {
        return credentialsVersion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInAccount account
                && super.equals(other)
                && account.id == id
                && account.credentialsVersion == credentialsVersion;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), id, credentialsVersion);
    }
}
