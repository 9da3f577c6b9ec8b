package org.exovigil.app.database;

/** Searching text with SQL LIKE: what a user typed matches as itself, its {@code %} and {@code _} too. */
public final class LikePattern {

    private LikePattern() {}

    /** A pattern for columns containing {@code text}, with PostgreSQL's default escape character. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
