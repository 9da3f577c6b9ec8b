/**
 * Who may do what: accounts for people (a one-time setup link, never a default password; bcrypt),
 * bearer tokens for machine senders (stored as SHA-256), roles per audience, CSRF on forms, and the
 * security headers of every page.
 */
package org.exovigil.app.security;
