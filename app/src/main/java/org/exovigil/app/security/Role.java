package org.exovigil.app.security;

import java.util.List;

/** What a signed-in person or a machine sender may do; public pages need none. */
public enum Role {
    REGULATOR,
    COMMITTEE,
    PROVIDER,
    RESEARCHER,
    ADMIN;

    /**
     * The roles from the one that can do least harm to the one that can do most. The administrator's
     * forms offer them in this order, so a role left as it was is the least privileged (OWASP ASVS 4.0.3
     * V4.1.3, least privilege): a researcher reaches only the research pages, an administrator decides who
     * may do anything.
     */
    public static List<Role> fromLeastPrivileged() {
        return List.of(RESEARCHER, PROVIDER, COMMITTEE, REGULATOR, ADMIN);
    }

    String authority() {
        return "ROLE_" + name();
    }
}
