package org.exovigil.app.security;

/**
 * A person who signs in; {@code active} once a password has been set through the setup link, {@code disabled}
 * once an administrator has switched the account off.
 */
public record Account(long id, String name, Role role, boolean active, boolean disabled) {}
