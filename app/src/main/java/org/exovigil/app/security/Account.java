package org.exovigil.app.security;

/** A person who signs in; {@code active} once a password has been set through the setup link. */
public record Account(long id, String name, Role role, boolean active) {}
