/**
 * The append-only, hash-chained audit log: every change, every read of personal data and every
 * authentication decision is one event, written in the same transaction as what it records. Events
 * are HMAC-SHA-256 under a key kept outside the database ({@code audit.key} in the data directory, or
 * {@code exovigil.audit.key}); the head of the chain is anchored in an append-only file beside it.
 * {@code ./exovigil audit verify} recomputes the chain against the anchors and names the first event
 * that breaks it; events from releases before the key are checked as the plain SHA-256 they were.
 */
package org.exovigil.app.audit;
