/**
 * Where the data lives: with no {@code spring.datasource.url} the application runs a real
 * PostgreSQL from a data directory (joined when already running), so one command starts everything;
 * it asks every connection for a password, and the application uses a role that owns nothing.
 * Schema changes are Flyway migrations in {@code db/migration}.
 */
package org.exovigil.app.database;
