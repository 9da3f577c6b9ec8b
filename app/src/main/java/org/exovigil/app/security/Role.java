package org.exovigil.app.security;

/** What a signed-in person or a machine sender may do; public pages need none. */
public enum Role {
    REGULATOR,
    COMMITTEE,
    PROVIDER,
    RESEARCHER,
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
