package org.exovigil.app.security;

import java.time.Instant;

/** A one-time link to set a password; the token is known only to whoever received the link. */
public record Invitation(String name, Role role, String token, Instant expiresAt) {

    public String link(String baseUrl) {
        return baseUrl.replaceAll("/+$", "") + "/setup/" + token;
    }
}
