package org.exovigil.app.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in person, carrying the account's row id: what they own is owned by the id, not the name. */
final class AccountUser extends User {

    private final long id;

    AccountUser(long id, String name, String passwordHash, Collection<? extends GrantedAuthority> authorities) {
        super(name, passwordHash, authorities);
        this.id = id;
    }

    long id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser that && that.id == id && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
